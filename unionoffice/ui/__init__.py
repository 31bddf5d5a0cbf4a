"""The Qt interface: main window, pages, dialogs, table models. Nothing below this package imports Qt."""
