<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ProvincePage</name>
    <message>
        <source>&lt;h3&gt;Provincial consolidation needs PostgreSQL&lt;/h3&gt;&lt;p&gt;This page is for the provincial federation: it gathers the packages the districts send into the province&apos;s own PostgreSQL database. This is a district office&apos;s database (an SQLite file), so nothing can be consolidated here.&lt;/p&gt;&lt;p&gt;To send this district&apos;s data to the province, use Data exchange → Provincial package → Make package…&lt;/p&gt;&lt;p&gt;At the province, start the program on the provincial database: &lt;tt&gt;unionoffice --db postgresql://server/database&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;省级汇总需要 PostgreSQL 数据库&lt;/h3&gt;&lt;p&gt;本页供省总工会使用：把各区县报送的数据包汇总到省总工会自己的 PostgreSQL 数据库。当前打开的是区县的业务数据库（SQLite 文件），不能在这里汇总。&lt;/p&gt;&lt;p&gt;区县向省总工会报送数据，请用“导入导出 → 省级数据包 → 生成数据包…”。&lt;/p&gt;&lt;p&gt;省总工会汇总时，请用省级数据库启动本程序：&lt;tt&gt;unionoffice --db postgresql://服务器/数据库名&lt;/tt&gt;。&lt;/p&gt;</translation>
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
        <source>&lt;b&gt;%1&lt;/b&gt; — district figures consolidated for the province</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 各区县数据省级汇总</translation>
    </message>
    <message>
        <source>&lt;b&gt;The office&apos;s name is not set.&lt;/b&gt; An administrator sets it in Office settings; printed and exported lists name it as the reporting office.</source>
        <translation>&lt;b&gt;本单位名称尚未设置。&lt;/b&gt;请管理员在“单位设置”中填写；打印和导出的名单、报表以它作为填报单位。</translation>
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
