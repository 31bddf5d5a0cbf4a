<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CheckPage</name>
    <message>
        <source>Check every row</source>
        <translation>逐行检查</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Existing members whose data differ:</source>
        <translation>已有会员资料不同时：</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Ask (tick below)</source>
        <translation>逐条决定（在下面勾选）</translation>
    </message>
    <message>
        <source>All or nothing</source>
        <translation>全部导入或全部不导入</translation>
    </message>
    <message>
        <source>Import the valid rows, leave out the rest</source>
        <translation>导入有效的行，其余不导入</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>保存未通过的行…</translation>
    </message>
    <message>
        <source>Rows that cannot be imported:</source>
        <translation>不能导入的行：</translation>
    </message>
    <message>
        <source>Existing members (matched by ID number) whose data differ:</source>
        <translation>已登记会员（按身份证号匹配）中信息不一致的：</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>New unions: %1</source>
        <translation>新建工会：%1</translation>
    </message>
    <message>
        <source>This file was imported before: %1</source>
        <translation>此文件以前导入过：%1</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>没有未通过的行。</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存未通过的行</translation>
    </message>
    <message>
        <source>Saved %1 rejected row(s) to %2.</source>
        <translation>已把 %1 行未通过的数据保存到 %2。</translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Importing members…</source>
        <translation>正在导入会员…</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>导入完成：%1</translation>
    </message>
    <message>
        <source>Unexpected error; nothing was changed.</source>
        <translation>发生意外错误，未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing was written to the database.</source>
        <translation>没有写入数据库。</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Import members…</source>
        <translation>导入会员…</translation>
    </message>
    <message>
        <source>Export member roster…</source>
        <translation>导出会员名册…</translation>
    </message>
    <message>
        <source>Importing members</source>
        <translation>导入会员</translation>
    </message>
    <message>
        <source>Package for the province</source>
        <translation>省级数据包</translation>
    </message>
    <message>
        <source>Make package for the province…</source>
        <translation>生成数据包…</translation>
    </message>
    <message>
        <source>Members, hardship files, aid, training, competitions and honours of a year, signed with this office&apos;s key</source>
        <translation>一年的会员、困难职工档案、帮扶、培训、竞赛和荣誉，以本单位密钥签名</translation>
    </message>
    <message>
        <source>Making the package</source>
        <translation>生成省级数据包</translation>
    </message>
    <message>
        <source>Reports for the province</source>
        <translation>上报省总工会的报表</translation>
    </message>
    <message>
        <source> (module not yet available)</source>
        <translation>（该模块尚未提供）</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报表…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation>最近的导入</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>new %1, updated %2, rejected %3</source>
        <translation>新增 %1，更新 %2，未通过 %3</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exported %1 row(s) to %2.</source>
        <translation>已导出 %1 行到 %2。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export member roster</source>
        <translation>导出会员名册</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>All unions</source>
        <translation>全部工会</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All fields (default: only what the province asks for)</source>
        <translation>全部字段（默认只导出省总要求的字段）</translation>
    </message>
    <message>
        <source>Full ID numbers</source>
        <translation>完整身份证号</translation>
    </message>
    <message>
        <source>Why full ID numbers are needed (recorded in the audit trail)</source>
        <translation>需要完整身份证号的原因（记入审计记录）</translation>
    </message>
    <message>
        <source>Your role may not export full ID numbers.</source>
        <translation>您的角色不能导出完整身份证号。</translation>
    </message>
    <message>
        <source>File (.xlsx or .csv):</source>
        <translation>文件（.xlsx 或 .csv）：</translation>
    </message>
    <message>
        <source>CSV encoding:</source>
        <translation>CSV 编码：</translation>
    </message>
    <message>
        <source>Union:</source>
        <translation>工会：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exported %1 member(s) to %2.</source>
        <translation>已导出 %1 名会员到 %2。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Members from an Excel workbook (xlsx, xls) or a CSV/text file.</source>
        <translation>从 Excel 工作簿（xlsx、xls）或 CSV/文本文件导入会员。</translation>
    </message>
    <message>
        <source>Type the path or click Browse…; the file is read at once</source>
        <translation>输入文件路径或点“浏览…”，选定后立即读取</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Read the file again, e.g. after choosing another encoding or sheet</source>
        <translation>重新读取文件，例如改选编码或工作表之后</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Encoding (CSV):</source>
        <translation>编码（CSV）：</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv *.txt)</source>
        <translation>表格文件 (*.xlsx *.xls *.csv *.txt)</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>导入会员</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>已读取 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no rows: choose another file or sheet.</source>
        <translation>文件中没有任何行：请换一个文件或工作表。</translation>
    </message>
    <message>
        <source>No row with column names (such as 姓名, 身份证号) was found: on the next page, say which row holds them.</source>
        <translation>没有找到写着列名（如“姓名”“身份证号”）的表头行：请在下一页指定表头所在的行。</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import members</source>
        <translation>导入会员</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>核对各列</translation>
    </message>
    <message>
        <source>Each column was matched to a field by its header; change any that is wrong.</source>
        <translation>已按表头把各列对应到字段；如有不对请修改。</translation>
    </message>
    <message>
        <source>Create grassroots unions that do not exist yet</source>
        <translation>自动新建尚不存在的基层工会</translation>
    </message>
    <message>
        <source>Choose a column above</source>
        <translation>在上面选择对应的列</translation>
    </message>
    <message>
        <source>The same date for all rows:</source>
        <translation>所有行统一为：</translation>
    </message>
    <message>
        <source>The day of the import (%1)</source>
        <translation>导入当天（%1）</translation>
    </message>
    <message>
        <source>The file has no column for the join date (入会时间). Use:</source>
        <translation>文件中没有“入会时间”列，入会时间取：</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>表头所在行：</translation>
    </message>
    <message>
        <source>Union for rows that name none:</source>
        <translation>未填写工会的行归入：</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Required fields without a column: %1. Choose their columns in the first row of the table</source>
        <translation>还缺少必填字段：%1。请在表格第一行为它选择对应的列</translation>
    </message>
    <message>
        <source>, or choose a date for all rows below the table</source>
        <translation>，或在表格下方为所有行统一指定入会时间</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>ProvincialPackageDialog</name>
    <message>
        <source>Package for the province</source>
        <translation>生成省级数据包</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Encrypt with a password (AES-256)</source>
        <translation>用密码加密（AES-256）</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>签名公钥指纹：</translation>
    </message>
    <message>
        <source>The package holds full ID numbers. Give the password and the key fingerprint to the province by telephone or letter, never on the USB stick.</source>
        <translation>数据包含完整身份证号。请通过电话或公函把密码和公钥指纹告知省总工会，切勿与 U 盘放在一起。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Save package</source>
        <translation>保存数据包</translation>
    </message>
    <message>
        <source>Making the package…</source>
        <translation>正在生成数据包…</translation>
    </message>
    <message>
        <source>Package saved to %1 (%2 members). Key fingerprint: %3</source>
        <translation>数据包已保存到 %1（会员 %2 人）。签名公钥指纹：%3</translation>
    </message>
</context>
</TS>
