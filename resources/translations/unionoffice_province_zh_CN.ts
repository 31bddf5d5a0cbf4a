<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ProvincePage</name>
    <message>
        <source>Consolidation needs the province&apos;s own PostgreSQL database (start the program with --db postgresql://…).</source>
        <translation>省级汇总需要省总工会自己的 PostgreSQL 数据库（用 --db postgresql://… 启动本程序）。</translation>
    </message>
    <message>
        <source>District figures</source>
        <translation>区县数据汇总</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>区县数据冲突报告</translation>
    </message>
    <message>
        <source>Conflict report…</source>
        <translation>冲突报告…</translation>
    </message>
    <message>
        <source>Print conflicts…</source>
        <translation>打印冲突…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>区县：</translation>
    </message>
    <message>
        <source>Consolidate packages…</source>
        <translation>汇总数据包…</translation>
    </message>
    <message>
        <source>Trust a district&apos;s key…</source>
        <translation>登记区县公钥…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报表…</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <source>Package password</source>
        <translation>数据包密码</translation>
    </message>
    <message>
        <source>Password of the packages:</source>
        <translation>数据包的密码：</translation>
    </message>
    <message>
        <source>District packages</source>
        <translation>区县数据包</translation>
    </message>
    <message>
        <source>Not consolidated: %1: %2</source>
        <translation>未汇总：%1：%2</translation>
    </message>
    <message>
        <source>Consolidating…</source>
        <translation>正在汇总…</translation>
    </message>
    <message>
        <source>A package of the district</source>
        <translation>该区县的数据包</translation>
    </message>
    <message>
        <source>Trust a district&apos;s key</source>
        <translation>登记区县公钥</translation>
    </message>
    <message>
        <source>%1 (%2). Type the key fingerprint the district told you:</source>
        <translation>%1（%2）。请输入该区县告知的公钥指纹：</translation>
    </message>
    <message>
        <source>Key of %1 trusted: %2</source>
        <translation>已登记 %1 的签名公钥：%2</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Exported %1 row(s) to %2.</source>
        <translation>已导出 %1 行到 %2。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
</TS>
