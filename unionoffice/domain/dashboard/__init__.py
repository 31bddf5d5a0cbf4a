"""The year at a glance: figures, charts and the rules that write the annual report's sentences from them."""
