"""The dashboard page (首页): the year at a glance, charts that open the lists behind them, the annual report."""
