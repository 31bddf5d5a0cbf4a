<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChartWidget</name>
    <message>
        <source>Click a bar to open the list behind it; right-click to save or copy the chart</source>
        <translation>点击柱形打开其背后的名单；右键可将图表保存为图片或复制</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>保存为图片（PNG）…</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1</source>
        <translation>图表未能保存到 %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source> (year)</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>%1 month</source>
        <translation>%1 月</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Annual work report…</source>
        <translation>年度工作报告…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Months:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Counting %1 (%2 of %3)…</source>
        <translation>正在统计%1（第 %2 项，共 %3 项）……</translation>
    </message>
    <message>
        <source>The figures could not be counted: %1</source>
        <translation>数字未能统计：%1</translation>
    </message>
    <message>
        <source>The figures could not be counted because of an error in the program; the details are in the log.</source>
        <translation>程序出错，数字未能统计；详细情况已写入日志。</translation>
    </message>
    <message>
        <source>%1 %2 · figures as of %3, updating…</source>
        <translation>%1 %2 · 截至 %3 的数字，正在更新……</translation>
    </message>
    <message>
        <source>%1 %2 · as of %3</source>
        <translation>%1 %2 · 截至 %3</translation>
    </message>
    <message>
        <source>Open the list behind this figure</source>
        <translation>打开这个数字背后的名单</translation>
    </message>
    <message>
        <source>Annual work report</source>
        <translation>年度工作报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The annual work report was saved to %1</source>
        <translation>年度工作报告已保存到 %1</translation>
    </message>
    <message>
        <source>Writing the annual work report…</source>
        <translation>正在生成年度工作报告…</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>%1 row(s)</source>
        <translation>共 %1 行</translation>
    </message>
</context>
</TS>
