"""The frame every page lives in: main window, page registry, task runner, messages, sign-in, style."""
