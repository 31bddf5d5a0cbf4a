<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ListOutputButtons</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Print the list as it is shown (filter, order, masked numbers)</source>
        <translation>按当前显示打印本列表（筛选、排序、遮蔽的号码均同屏幕）</translation>
    </message>
    <message>
        <source>Save the list as it is shown to an Excel, CSV or PDF file</source>
        <translation>把当前显示的列表保存为 Excel、CSV 或 PDF 文件</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>%1 row(s) saved to %2</source>
        <translation>已将 %1 行保存到 %2</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>正在导出列表…</translation>
    </message>
    <message>
        <source>Preparing the list for printing…</source>
        <translation>正在准备打印列表…</translation>
    </message>
</context>
<context>
    <name>OrgTree</name>
    <message>
        <source>Find a union…</source>
        <translation>查找工会…</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>工会</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>全部会员</translation>
    </message>
    <message>
        <source>All members of the district</source>
        <translation>全区会员</translation>
    </message>
</context>
<context>
    <name>RoleNote</name>
    <message>
        <source>%1 is not available to any role.</source>
        <translation>任何角色都不能%1。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>%1 needs a %2 account; you can add one under “Users”.</source>
        <translation>%1需%2账户；您可以在“用户管理”中添加。</translation>
    </message>
    <message>
        <source>%1 needs a %2 account; the administrator can add one under “Users”.</source>
        <translation>%1需%2账户；管理员可在“用户管理”中添加。</translation>
    </message>
</context>
</TS>
