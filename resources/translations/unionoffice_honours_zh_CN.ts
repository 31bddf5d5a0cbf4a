<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FinaliseDialog</name>
    <message>
        <source>Finalise</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Grant the %1 honour(s) on “%2” as of the decision&apos;s date? The list cannot be changed afterwards; an honour granted in error is revoked with a reason.</source>
        <translation>以决定日期授予“%2”中的 %1 项荣誉？定稿后名单不能再修改；授予有误的荣誉需说明原因撤销。</translation>
    </message>
</context>
<context>
    <name>HonourDialog</name>
    <message>
        <source>The contest, the event and the prize won</source>
        <translation>比赛名称、赛项和所获奖项</translation>
    </message>
    <message>
        <source>The innovation and its recognition</source>
        <translation>创新成果及其获奖或认定情况</translation>
    </message>
    <message>
        <source>The deed in one sentence</source>
        <translation>用一句话概括先进事迹</translation>
    </message>
    <message>
        <source>Read from the prize&apos;s title</source>
        <translation>从奖项名称中读取</translation>
    </message>
    <message>
        <source>None recorded here: type it in below</source>
        <translation>本系统中没有获奖记录：在下面填写</translation>
    </message>
    <message>
        <source>Typed in below</source>
        <translation>在下面填写</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Name, pinyin or ID number</source>
        <translation>姓名、拼音或身份证号</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>e.g. 检修一班</source>
        <translation>例如 检修一班</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>表彰依据</translation>
    </message>
    <message>
        <source>Recorded prize</source>
        <translation>竞赛获奖记录</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>依据内容</translation>
    </message>
    <message>
        <source>Competition event</source>
        <translation>竞赛项目</translation>
    </message>
</context>
<context>
    <name>HonourFinaliseDialog</name>
    <message>
        <source>Finalise the list</source>
        <translation>名单定稿</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Document serial (发文序号)</source>
        <translation>发文序号</translation>
    </message>
    <message>
        <source>Document number (文号)</source>
        <translation>文号</translation>
    </message>
</context>
<context>
    <name>HonourListDialog</name>
    <message>
        <source>Honour list</source>
        <translation>表彰名单</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Granted by this office (quota, decision and certificates)</source>
        <translation>本单位授予（适用竞赛获奖者比例，制发表彰决定和荣誉证书）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名单名称</translation>
    </message>
    <message>
        <source>Blank: the default name</source>
        <translation>留空：使用默认名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>授予单位</translation>
    </message>
    <message>
        <source>Blank: this office</source>
        <translation>留空：本单位</translation>
    </message>
    <message>
        <source>Place name before each honour</source>
        <translation>荣誉名称前的地名</translation>
    </message>
    <message>
        <source>Blank: from the granting body</source>
        <translation>留空：取自授予单位名称</translation>
    </message>
    <message>
        <source>Decision title</source>
        <translation>决定标题</translation>
    </message>
    <message>
        <source>Blank: the default title</source>
        <translation>留空：使用默认标题</translation>
    </message>
    <message>
        <source>Decision text</source>
        <translation>决定正文</translation>
    </message>
    <message>
        <source>Blank: written from the honours on the list when printed</source>
        <translation>留空：打印时根据名单中的荣誉自动撰写</translation>
    </message>
    <message>
        <source>Start from the default text</source>
        <translation>填入默认文字</translation>
    </message>
</context>
<context>
    <name>HonoursModels</name>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉数</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>获得者</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>表彰依据</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>依据内容</translation>
    </message>
    <message>
        <source>Competition event</source>
        <translation>竞赛项目</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>授予单位</translation>
    </message>
</context>
<context>
    <name>HonoursPage</name>
    <message>
        <source>Honours</source>
        <translation>荣誉表彰名单</translation>
    </message>
    <message>
        <source>All in one PDF…</source>
        <translation>全部存为一个 PDF…</translation>
    </message>
    <message>
        <source>One file each…</source>
        <translation>每人（每个集体）一个文件…</translation>
    </message>
    <message>
        <source>Drafting honour lists</source>
        <translation>起草表彰名单</translation>
    </message>
    <message>
        <source>No honour list for this year yet: draft one with “New list…”.</source>
        <translation>本年度还没有表彰名单：点“新建名单…”开始草拟。</translation>
    </message>
    <message>
        <source>This list gives no May-Day or Worker-Pioneer honour: the quota for competition winners does not concern it.</source>
        <translation>本名单不含五一劳动奖和工人先锋号，不涉及竞赛获奖者比例。</translation>
    </message>
    <message>
        <source>Recorded from %1: the quota for competition winners applies to this office&apos;s own lists.</source>
        <translation>由%1授予，仅作登记：竞赛获奖者比例只适用于本单位授予的名单。</translation>
    </message>
    <message>
        <source>%1 honour(s) · %2 revoked · %3 certificate(s)</source>
        <translation>荣誉 %1 项 · 已撤销 %2 项 · 证书 %3 份</translation>
    </message>
    <message>
        <source>Delete the draft list “%1” with its %2 honour(s)?</source>
        <translation>删除草拟名单“%1”及其中的 %2 项荣誉？</translation>
    </message>
    <message>
        <source>Select the honours to take off the list.</source>
        <translation>请先选择要从名单中删去的荣誉。</translation>
    </message>
    <message>
        <source>Take %1 off the draft list?</source>
        <translation>从草拟名单中删去 %1？</translation>
    </message>
    <message>
        <source>“%1” is final (%2): %3 honour(s) granted.</source>
        <translation>“%1”已定稿（%2），授予荣誉 %3 项。</translation>
    </message>
    <message>
        <source>Select one granted honour.</source>
        <translation>请选择一项已授予的荣誉。</translation>
    </message>
    <message>
        <source>Revoke %1&apos;s %2? The member loses the distinction and the certificate is revoked.</source>
        <translation>撤销%1的%2？会员的这项荣誉随之取消，已发的荣誉证书作废。</translation>
    </message>
    <message>
        <source>Revoked. The year&apos;s honours no longer keep the share for competition and innovation winners: %1</source>
        <translation>已撤销。本年度荣誉中竞赛和创新获奖者已达不到规定比例：%1</translation>
    </message>
    <message>
        <source>Save the commendation decision</source>
        <translation>保存表彰决定</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1 (%2 page(s)).</source>
        <translation>已保存到 %1（共 %2 页）。</translation>
    </message>
    <message>
        <source>Writing the decision…</source>
        <translation>正在生成表彰决定…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>新建名单…</translation>
    </message>
    <message>
        <source>Draft a new honour list (Ctrl+N)</source>
        <translation>草拟新的表彰名单（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit list…</source>
        <translation>修改名单…</translation>
    </message>
    <message>
        <source>Delete list…</source>
        <translation>删除名单…</translation>
    </message>
    <message>
        <source>Add honour…</source>
        <translation>添加荣誉…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删去…</translation>
    </message>
    <message>
        <source>Finalise…</source>
        <translation>定稿…</translation>
    </message>
    <message>
        <source>Grant every honour on the list; the quota is checked</source>
        <translation>授予名单中的全部荣誉；定稿时检查竞赛获奖者比例</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>荣誉证书</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>表彰决定…</translation>
    </message>
    <message>
        <source>The commendation decision as a PDF (GB/T 9704 layout)</source>
        <translation>按 GB/T 9704 公文格式生成表彰决定 PDF</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>Blank: this office</source>
        <translation>留空：本单位</translation>
    </message>
    <message>
        <source>The body that granted these honours</source>
        <translation>授予这些荣誉的单位</translation>
    </message>
</context>
<context>
    <name>MemberHonoursWidget</name>
    <message>
        <source>%1 honour(s) granted · %2 on a draft list or revoked</source>
        <translation>已获荣誉 %1 项 · 草拟或已撤销 %2 项</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke an honour</source>
        <translation>撤销荣誉</translation>
    </message>
    <message>
        <source>Please give the reason.</source>
        <translation>请填写撤销原因。</translation>
    </message>
</context>
</TS>
