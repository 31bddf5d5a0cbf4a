<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuditPage</name>
    <message>
        <source>Everyone</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>%d entries</source>
        <translation>共 %d 条</translation>
    </message>
    <message>
        <source>Chain intact: %d entries checked</source>
        <translation>记录链完整：已核对 %d 条</translation>
    </message>
    <message>
        <source>Chain not proven: %s</source>
        <translation>未能证明完整：%s</translation>
    </message>
    <message>
        <source>Chain broken: %s</source>
        <translation>记录链断裂：%s</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>正在核对审计记录…</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>member#12</source>
        <translation>member#12</translation>
    </message>
    <message>
        <source>Text in summary</source>
        <translation>摘要中的文字</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>核对记录链(&amp;V)</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Back up to…</source>
        <translation>备份到…</translation>
    </message>
    <message>
        <source>Only the administrator can restore from a backup.</source>
        <translation>只有管理员可以从备份恢复。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Backed up to %s. The copy passed the integrity check. Backups made by hand are kept until you delete them (File → Backup and restore…).</source>
        <translation>已备份到 %s，副本已通过完整性检查。手动备份会一直保留，直到您自己删除（“文件 → 备份和恢复…”）。</translation>
    </message>
    <message>
        <source>The daily backup failed: %s</source>
        <translation>每日备份失败：%s</translation>
    </message>
    <message>
        <source>No good backup was found in %s.</source>
        <translation>在 %s 中没有找到完好的备份。</translation>
    </message>
    <message>
        <source>The newest good backup is from %s. Ask the administrator to sign in and restore it.</source>
        <translation>最新的完好备份是 %s 的。请管理员登录后恢复。</translation>
    </message>
    <message>
        <source>Restore the newest good backup, from %s (%s)? The damaged file is kept aside.</source>
        <translation>恢复最新的完好备份（%s，%s）吗？损坏的文件会另行保留。</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>Looking for the newest good backup…</source>
        <translation>正在查找最新的完好备份…</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>数据库文件已损坏。</translation>
    </message>
    <message>
        <source>Restore the newest good backup, %s? The damaged file is kept aside.</source>
        <translation>恢复最新的完好备份 %s 吗？损坏的文件会另行保留。</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Yes (full check)</source>
        <translation>已检查（完整检查）</translation>
    </message>
    <message>
        <source>Yes (quick check)</source>
        <translation>已检查（快速检查）</translation>
    </message>
    <message>
        <source>Not yet (checked when restoring)</source>
        <translation>未检查（恢复时检查）</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>备份和恢复</translation>
    </message>
    <message>
        <source>Which backups are kept:</source>
        <translation>备份的保留规则：</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员人数</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>是否已检查</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>恢复选中的备份(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>其他文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Only the administrator can restore from a backup.</source>
        <translation>只有管理员可以从备份恢复。</translation>
    </message>
    <message>
        <source>Backups of this database in %1</source>
        <translation>这个数据库的备份（在 %1）</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>正在读取备份…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Delete the %1 of %2 (%3)? It cannot be brought back.</source>
        <translation>删除 %2 的%1（%3）？删除后无法找回。</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>删除备份</translation>
    </message>
    <message>
        <source>Restore from another file</source>
        <translation>从其他文件恢复</translation>
    </message>
    <message>
        <source>Database files (*.db);;All files (*)</source>
        <translation>数据库文件 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未修改</translation>
    </message>
    <message>
        <source>Replace the current database %1 (%2 members, last change %3)
with the %4 of %5 (%6 members, %7)?

Everything entered after %5 is replaced. The current database is first copied to the backup folder (kind “copy before restore”), so this can be undone. Everybody signs in again afterwards.</source>
        <translation>用 %5 的%4（%6 名会员，%7）
替换当前数据库 %1（%2 名会员，最后修改于 %3）？

%5 之后录入的一切都会被替换。替换前当前数据库会先另存到备份文件夹（种类为“恢复前另存”），因此可以撤销。恢复后所有人需要重新登录。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restoring from the backup of %1…</source>
        <translation>正在从 %1 的备份恢复…</translation>
    </message>
    <message>
        <source>Restored from the backup of %1. The previous database was kept as %2.</source>
        <translation>已从 %1 的备份恢复。恢复前的数据库另存为 %2。</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>(kept in the system keyring)</source>
        <translation>（已保存在系统密钥库中）</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接……</translation>
    </message>
    <message>
        <source>Saved. UnionOffice connects to %1 from its next start.</source>
        <translation>已保存。下次启动时 UnionOffice 将连接 %1。</translation>
    </message>
    <message>
        <source>Forget the saved server connection and its password? UnionOffice then opens the database file on this PC from its next start.</source>
        <translation>删除保存的服务器连接和它的密码吗？下次启动时将打开本机的数据库文件。</translation>
    </message>
    <message>
        <source>Database server connection</source>
        <translation>数据库服务器连接</translation>
    </message>
    <message>
        <source>Several clerks can work on one PostgreSQL database. This PC connects to it from the next start on; the password is kept in the system keyring, never in a file.</source>
        <translation>几位经办人可以同时使用同一个 PostgreSQL 数据库。保存后，这台电脑下次启动时连接它；密码保存在系统密钥库中，不写入任何文件。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>pg_dump (when not on PATH)</source>
        <translation>pg_dump 位置（不在 PATH 上时）</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Forget saved connection</source>
        <translation>删除保存的连接(&amp;F)</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>History: %s</source>
        <translation>变更记录：%s</translation>
    </message>
</context>
<context>
    <name>RecordHistoryView</name>
    <message>
        <source>No changes recorded.</source>
        <translation>没有变更记录。</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>The new user signs in with this temporary password and must then choose their own.</source>
        <translation>新用户用此临时密码登录，之后须设置自己的密码。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>Give the user this temporary password; they must choose their own at the next sign-in. A lockout is lifted.</source>
        <translation>把此临时密码告诉该用户，其下次登录时须设置自己的密码。账户锁定随之解除。</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>The new role applies from the user&apos;s next sign-in.</source>
        <translation>新角色自该用户下次登录起生效。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
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
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Temporary password</source>
        <translation>临时密码(&amp;T)</translation>
    </message>
    <message>
        <source>R&amp;epeat password</source>
        <translation>再次输入密码(&amp;E)</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Disable the user “%s”? They can no longer sign in; their records and history stay.</source>
        <translation>停用用户“%s”？停用后不能再登录，其经办的记录和历史保留。</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重设密码(&amp;R)…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>更改角色(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Change &amp;my password…</source>
        <translation>修改我的密码(&amp;M)…</translation>
    </message>
    <message>
        <source>New users and users whose password was reset must choose their own password at their next sign-in.</source>
        <translation>新用户和被重设密码的用户，下次登录时须设置自己的密码。</translation>
    </message>
</context>
</TS>
