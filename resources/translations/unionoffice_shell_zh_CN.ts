<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Your password was set by the administrator. Choose your own password before you continue.</source>
        <translation>您的密码由管理员设置。请先设置您自己的密码再继续。</translation>
    </message>
    <message>
        <source>Signed in as %s.</source>
        <translation>当前登录用户：%s。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Saving the new password…</source>
        <translation>正在保存新密码…</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>The password could not be changed.</source>
        <translation>密码修改失败。</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>原密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>再次输入新密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Your values (not saved)</source>
        <translation>您填写的（未保存）</translation>
    </message>
    <message>
        <source>Saved now by the other user</source>
        <translation>他人刚保存的（现在的值）</translation>
    </message>
    <message>
        <source>Nothing of yours was saved. Note what you want to keep, close the record, open it again and enter your changes over the values saved now.</source>
        <translation>您的修改一项也没有保存。请记下要保留的内容，关闭这条记录后重新打开，在现在的值上重新填写您的修改。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>The details were also written to %s.</source>
        <translation>详细信息也已写入 %s。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was half-saved: the last step was undone. You can keep working; if it happens again, copy the details below and send them to whoever looks after UnionOffice.</source>
        <translation>程序出现意外错误。没有保存不完整的数据：最后一步操作已撤销。您可以继续工作；如果再次出现，请复制下面的详细信息，发给负责维护本程序的人员。</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>UnionOffice: the database</source>
        <translation>工会业务管理：数据库</translation>
    </message>
    <message>
        <source>There is no UnionOffice database on this computer yet. Create a new one to start, or open an existing database file or a backup.</source>
        <translation>这台电脑上还没有本程序的数据库。请新建一个数据库开始使用，或打开已有的数据库文件、从备份恢复。</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Open a UnionOffice database</source>
        <translation>打开工会业务管理数据库</translation>
    </message>
    <message>
        <source>UnionOffice database (*.db)</source>
        <translation>工会业务管理数据库 (*.db)</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <source>The backup could not be restored; nothing was changed.</source>
        <translation>无法从这个备份恢复，未做任何更改。</translation>
    </message>
    <message>
        <source>A server database is restored by its administrator on the server (pg_restore).</source>
        <translation>服务器上的数据库由其管理员在服务器上恢复（pg_restore）。</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>The area code has 6 digits (GB/T 2260), e.g. 220102.</source>
        <translation>行政区划代码为 6 位数字（GB/T 2260），例如 220102。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Creating the administrator…</source>
        <translation>正在创建管理员…</translation>
    </message>
    <message>
        <source>The administrator could not be created.</source>
        <translation>无法创建管理员。</translation>
    </message>
    <message>
        <source>Set up UnionOffice</source>
        <translation>初始设置</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator account; the administrator then adds the other users. There is no built-in password.</source>
        <translation>此数据库还没有任何用户。请创建管理员账户，再由管理员添加其他用户。程序没有内置密码。</translation>
    </message>
    <message>
        <source>District federation</source>
        <translation>区/县总工会</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. 南关区总工会</source>
        <translation>例如：南关区总工会</translation>
    </message>
    <message>
        <source>Area &amp;code</source>
        <translation>行政区划代码(&amp;C)</translation>
    </message>
    <message>
        <source>6 digits (GB/T 2260)</source>
        <translation>6 位数字（GB/T 2260）</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>姓名(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>再次输入密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide</source>
        <translation>用户手册</translation>
    </message>
    <message>
        <source>The user guide was not installed with the program.</source>
        <translation>程序安装时没有带上用户手册。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Database: %s</source>
        <translation>数据库：%s</translation>
    </message>
    <message>
        <source>Demo database: users admin (administrator), clerk, reviewer and viewer; password demo</source>
        <translation>演示数据库：用户 admin（管理员）、clerk（经办人）、reviewer（审核人）、viewer（查阅），密码均为 demo</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Signing in failed unexpectedly.</source>
        <translation>登录时发生意外错误。</translation>
    </message>
    <message>
        <source>Sign in — UnionOffice</source>
        <translation>登录 — 工会业务管理</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>UnionOffice</source>
        <translation>工会业务管理（区县总工会）</translation>
    </message>
    <message>
        <source>This page could not be opened; the details are in the log.</source>
        <translation>无法打开此页面，详细信息已写入日志。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Database &amp;server connection…</source>
        <translation>数据库服务器连接(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户手册(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Verify a certificate…</source>
        <translation>验证证书(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;About UnionOffice</source>
        <translation>关于本程序(&amp;A)</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>正在退出登录…</translation>
    </message>
    <message>
        <source>&amp;Office settings…</source>
        <translation>单位设置(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Back up &amp;to…</source>
        <translation>备份到(&amp;T)…</translation>
    </message>
    <message>
        <source>Backups and &amp;restore…</source>
        <translation>备份和恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Daily backup made: %1</source>
        <translation>已完成每日备份：%1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Demo database: the people in it are invented.</source>
        <translation>演示数据库：其中人员均为虚构。</translation>
    </message>
    <message>
        <source>UnionOffice %1 — member registry and office work of a district trade-union federation.</source>
        <translation>工会业务管理 %1 —— 区/县总工会会员实名制管理与业务办公软件（UnionOffice）。</translation>
    </message>
    <message>
        <source>About UnionOffice</source>
        <translation>关于工会业务管理</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>正在备份，备份完成后关闭…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>UnionOffice</source>
        <translation>工会业务管理</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员管理</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训管理</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉表彰</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>帮扶救助</translation>
    </message>
    <message>
        <source>Competitions</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>导入导出</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省级汇总</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>文书模板</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>At least %d characters</source>
        <translation>至少 %d 个字符</translation>
    </message>
    <message>
        <source>The password needs at least %d characters.</source>
        <translation>密码至少需要 %d 个字符。</translation>
    </message>
    <message>
        <source>The password must differ from the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与原密码相同。</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The database %s is in use on the computer “%s”. Close UnionOffice there first.</source>
        <translation>数据库 %s 正在计算机“%s”上使用。请先在那台计算机上关闭工会业务管理程序。</translation>
    </message>
    <message>
        <source>UnionOffice is already working on %s (process %s: %s). Try again when it is done.</source>
        <translation>工会业务管理程序正在处理 %s（进程 %s：%s）。请等它完成后再试。</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
