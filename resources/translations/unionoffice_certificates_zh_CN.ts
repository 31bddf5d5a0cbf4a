<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ElementPanel</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Left, top (mm)</source>
        <translation>左、上（毫米）</translation>
    </message>
    <message>
        <source>Width, height (mm)</source>
        <translation>宽、高（毫米）</translation>
    </message>
    <message>
        <source>Text or field</source>
        <translation>文字或字段</translation>
    </message>
    <message>
        <source>Typeface, size, alignment, colour</source>
        <translation>字体、字号、对齐、颜色</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Issue documents</source>
        <translation>颁发证书和通知书</translation>
    </message>
    <message>
        <source>One file per person (编号_姓名.pdf)</source>
        <translation>每人一个文件（编号_姓名.pdf）</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>%1 selected members</source>
        <translation>已选 %1 名会员</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>数据表格</translation>
    </message>
    <message>
        <source>Issue and save…</source>
        <translation>颁发并保存…</translation>
    </message>
    <message>
        <source>The spreadsheet needs the columns: %1</source>
        <translation>表格需要这些列：%1</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>选择数据表格</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>表格 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Folder for the files</source>
        <translation>保存文件的文件夹</translation>
    </message>
    <message>
        <source>Save the documents</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>正在颁发…</translation>
    </message>
    <message>
        <source>%1 issued (%2 to %3), saved to %4</source>
        <translation>已颁发 %1 份（%2 至 %3），已保存到 %4</translation>
    </message>
</context>
<context>
    <name>NumberPattern</name>
    <message>
        <source>%1-digit serial</source>
        <translation>%1 位序号</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>issuer code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>证书种类</translation>
    </message>
</context>
<context>
    <name>NumberPatternPicker</name>
    <message>
        <source>{year} year, {code} issuer code, {serial} serial; {serial:05d} pads it to five digits</source>
        <translation>{year} 年份，{code} 单位代码，{serial} 序号；{serial:05d} 表示序号补足 5 位</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This pattern cannot be used: it needs {year} and {serial}.</source>
        <translation>这个格式不能使用：必须包含 {year}（年份）和 {serial}（序号）。</translation>
    </message>
    <message>
        <source>The first certificate this year: %1 (%2)</source>
        <translation>今年的第一张证书编号：%1（%2）</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Office settings</source>
        <translation>单位设置</translation>
    </message>
    <message>
        <source>optional, e.g. https://zgh.example.gov.cn/verify</source>
        <translation>可不填，例如 https://zgh.example.gov.cn/verify</translation>
    </message>
    <message>
        <source>Office name (signature)</source>
        <translation>单位名称（落款）</translation>
    </message>
    <message>
        <source>Head of office (负责人)</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Document number prefix (文件)</source>
        <translation>发文字号前缀</translation>
    </message>
    <message>
        <source>Document number prefix (函)</source>
        <translation>函号前缀</translation>
    </message>
    <message>
        <source>Verification web address</source>
        <translation>查验网址</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Import scan…</source>
        <translation>导入扫描件…</translation>
    </message>
    <message>
        <source>Scan the seal stamped on white paper (PNG, JPG or BMP); the white becomes transparent. Until a seal is imported, only samples marked 样张 can be printed.</source>
        <translation>把印章盖在白纸上扫描（PNG、JPG 或 BMP），白色会自动变为透明。导入印章之前，只能打印标有“样张”的示例。</translation>
    </message>
    <message>
        <source>Choose the scanned seal</source>
        <translation>选择印章扫描件</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>no seal yet</source>
        <translation>尚未导入</translation>
    </message>
</context>
<context>
    <name>TemplateEditorPage</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>Date style</source>
        <translation>日期格式</translation>
    </message>
    <message>
        <source>Issuer code (in numbers)</source>
        <translation>机关代字（用于文号）</translation>
    </message>
    <message>
        <source>Number pattern</source>
        <translation>编号格式</translation>
    </message>
    <message>
        <source>Issuer banner</source>
        <translation>发文机关标志</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <source>Attachment title</source>
        <translation>附件名称</translation>
    </message>
    <message>
        <source>Copy to (抄送)</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>Printed by (印发机关)</source>
        <translation>印发机关</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Signature line</source>
        <translation>落款</translation>
    </message>
    <message>
        <source>Page numbers</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Seal image (PNG)</source>
        <translation>印章图片（PNG）</translation>
    </message>
    <message>
        <source>Seal diameter (mm)</source>
        <translation>印章直径（毫米）</translation>
    </message>
    <message>
        <source>Seal shift right (mm)</source>
        <translation>印章右移（毫米）</translation>
    </message>
    <message>
        <source>Seal shift down (mm)</source>
        <translation>印章下移（毫米）</translation>
    </message>
    <message>
        <source>Background / border image</source>
        <translation>底图/边框图片</translation>
    </message>
    <message>
        <source>Print border and title</source>
        <translation>打印边框和标题</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Sheet width (mm)</source>
        <translation>纸张宽度（毫米）</translation>
    </message>
    <message>
        <source>Sheet height (mm)</source>
        <translation>纸张高度（毫米）</translation>
    </message>
    <message>
        <source>Printer offset X (mm)</source>
        <translation>打印机水平偏移（毫米）</translation>
    </message>
    <message>
        <source>Printer offset Y (mm)</source>
        <translation>打印机垂直偏移（毫米）</translation>
    </message>
    <message>
        <source>Title typeface</source>
        <translation>标题字体</translation>
    </message>
    <message>
        <source>Body typeface</source>
        <translation>正文字体</translation>
    </message>
    <message>
        <source>Title size (pt)</source>
        <translation>标题字号（磅）</translation>
    </message>
    <message>
        <source>Body size (pt)</source>
        <translation>正文字号（磅）</translation>
    </message>
    <message>
        <source>Print certificate number</source>
        <translation>打印证书编号</translation>
    </message>
    <message>
        <source>Print QR code</source>
        <translation>打印二维码</translation>
    </message>
    <message>
        <source>Second issuing body (joint)</source>
        <translation>第二发证单位（联合颁发）</translation>
    </message>
    <message>
        <source>Second seal image (PNG)</source>
        <translation>第二枚印章（PNG）</translation>
    </message>
    <message>
        <source>QR prefix (verification URL)</source>
        <translation>二维码前缀（核验网址）</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 纵向</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <source>A3 portrait</source>
        <translation>A3 纵向</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 横向</translation>
    </message>
    <message>
        <source>Custom or pre-printed sheet</source>
        <translation>自定义尺寸或预印证书纸</translation>
    </message>
    <message>
        <source>Place elements freely (drag on the preview or type millimetres)</source>
        <translation>自由排版（在预览上拖动或输入毫米）</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to this template?</source>
        <translation>放弃对此模板未保存的修改？</translation>
    </message>
    <message>
        <source>One field per line, e.g. 班级名称=焊工技能提升班</source>
        <translation>每行一项，例如：班级名称=焊工技能提升班</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <source>Fields you can use: %1</source>
        <translation>可用字段：%1</translation>
    </message>
    <message>
        <source>empty: the office&apos;s name from Office settings</source>
        <translation>留空：使用“单位设置”中的单位名称</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Preview with sample data, %1, rendered in %2 ms</source>
        <translation>用示例数据预览，%1，生成用时 %2 毫秒</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>模板已保存。</translation>
    </message>
    <message>
        <source>Replace the template “%1” with the shipped default?</source>
        <translation>用程序自带的默认模板替换“%1”？</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Print sample</source>
        <translation>打印样张</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>文书模板</translation>
    </message>
    <message>
        <source>Document &amp;kind</source>
        <translation>文书类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>保存模板(&amp;S)</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>恢复默认(&amp;D)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Sample &amp;people</source>
        <translation>示例人员(&amp;P)</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a certificate</source>
        <translation>核验证书</translation>
    </message>
    <message>
        <source>Type the verification code printed on the certificate, or scan its QR code.</source>
        <translation>输入证书上印的核验码，或扫描证书上的二维码。</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>核验码(&amp;C)</translation>
    </message>
    <message>
        <source>ABCDE-12345</source>
        <translation>ABCDE-12345</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>核验(&amp;V)</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证单位</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Reprints (补发)</source>
        <translation>补发次数</translation>
    </message>
    <message>
        <source>Reissue (补发)…</source>
        <translation>补发…</translation>
    </message>
    <message>
        <source>Save the reissued certificate</source>
        <translation>保存补发的证书</translation>
    </message>
    <message>
        <source>Reissued and saved to %1</source>
        <translation>已补发并保存到 %1</translation>
    </message>
</context>
<context>
    <name>_ImagePicker</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Choose a PNG image</source>
        <translation>选择 PNG 图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
</TS>
