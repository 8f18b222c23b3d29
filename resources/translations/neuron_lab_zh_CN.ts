<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Neuron Lab</source>
        <translation>关于 Neuron Lab</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Watch one sigmoid neuron learn, and see why it sometimes learns slowly.</source>
        <translation>观察一个 S 型神经元如何学习，并了解它为什么有时学得很慢。</translation>
    </message>
    <message>
        <source>Neural Networks and Deep Learning</source>
        <translation>神经网络与深度学习</translation>
    </message>
    <message>
        <source>Teaches chapter 3 of Michael Nielsen, %1.</source>
        <translation>讲解 Michael Nielsen 所著《%1》的第 3 章。</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>运行环境：</translation>
    </message>
    <message>
        <source>License: see the repository</source>
        <translation>许可证：见代码仓库</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>许可证：%1</translation>
    </message>
</context>
<context>
    <name>BookFigures</name>
    <message>
        <source>Same start (w₀ = {w:g}, b₀ = {b:g}, η = {eta:g}), two costs</source>
        <translation>相同起点（w₀ = {w:g}, b₀ = {b:g}, η = {eta:g}），两种代价函数</translation>
    </message>
</context>
<context>
    <name>BookNote</name>
    <message>
        <source>Which update rule?</source>
        <translation>哪种更新规则？</translation>
    </message>
    <message>
        <source>&lt;p&gt;The book&apos;s published cross-entropy animation steps by &lt;i&gt;∂C/∂a&lt;/i&gt; = 1/(1 − &lt;i&gt;a&lt;/i&gt;) (for &lt;i&gt;x&lt;/i&gt; = 1, &lt;i&gt;y&lt;/i&gt; = 0), not by the gradient of eq. 61, &lt;i&gt;∂C/∂w&lt;/i&gt; = &lt;i&gt;x&lt;/i&gt;(&lt;i&gt;a&lt;/i&gt; − &lt;i&gt;y&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;True gradient&lt;/b&gt; (the default) is the mathematics of the chapter. &lt;b&gt;Book widget&lt;/b&gt; reproduces the published figure (η = 0.005). In compare mode, &lt;i&gt;Book rule vs true gradient&lt;/i&gt; shows both from the same start.&lt;/p&gt;</source>
        <translation>&lt;p&gt;书中发布的交叉熵动画按 &lt;i&gt;∂C/∂a&lt;/i&gt; = 1/(1 − &lt;i&gt;a&lt;/i&gt;)（当 &lt;i&gt;x&lt;/i&gt; = 1，&lt;i&gt;y&lt;/i&gt; = 0 时）进行更新，而不是按式 (61) 的梯度 &lt;i&gt;∂C/∂w&lt;/i&gt; = &lt;i&gt;x&lt;/i&gt;(&lt;i&gt;a&lt;/i&gt; − &lt;i&gt;y&lt;/i&gt;) 更新。&lt;/p&gt;&lt;p&gt;&lt;b&gt;真实梯度&lt;/b&gt;（默认）即本章的数学推导。&lt;b&gt;书中动画规则&lt;/b&gt;复现书中发布的图（η = 0.005）。在比较模式下，&lt;i&gt;书中动画规则对比真实梯度&lt;/i&gt;会从同一起点同时展示两者。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Run 2</source>
        <translation>运行 2</translation>
    </message>
    <message>
        <source>vs run 1</source>
        <translation>对比运行 1</translation>
    </message>
    <message>
        <source>Run 1 is set in the parameters panel</source>
        <translation>运行 1 在参数面板中设置</translation>
    </message>
    <message>
        <source>Book rule vs true gradient</source>
        <translation>书中动画规则对比真实梯度</translation>
    </message>
    <message>
        <source>Cross-entropy from run 1&apos;s start: the book widget&apos;s rule against the true gradient</source>
        <translation>从运行 1 的起点出发的交叉熵：书中动画规则对比真实梯度</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <source>Run 2: cost function C</source>
        <translation>运行 2：代价函数 C</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Run 2: update rule</source>
        <translation>运行 2：更新规则</translation>
    </message>
    <message>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <source>Run 2: learning rate η</source>
        <translation>运行 2：学习率 η</translation>
    </message>
    <message>
        <source>Same start as run 1: w = {w}, b = {b}, x = {x}, y = {y}, 1 epoch</source>
        <translation>起点与运行 1 相同：w = {w}, b = {b}, x = {x}, y = {y}, 1 个迭代期</translation>
    </message>
    <message>
        <source>Same start as run 1: w = {w}, b = {b}, x = {x}, y = {y}, {epochs} epochs</source>
        <translation>起点与运行 1 相同：w = {w}, b = {b}, x = {x}, y = {y}, {epochs} 个迭代期</translation>
    </message>
</context>
<context>
    <name>DecimalField</name>
    <message>
        <source>{name} must be a number between {low} and {high}</source>
        <translation>{name} 必须是介于 {low} 和 {high} 之间的数</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}</source>
        <translation>{name} 必须介于 {low} 和 {high} 之间</translation>
    </message>
</context>
<context>
    <name>EpochAxis</name>
    <message>
        <source>{number}G</source>
        <translation>{number}G</translation>
    </message>
    <message>
        <source>{number}M</source>
        <translation>{number}M</translation>
    </message>
    <message>
        <source>{number}k</source>
        <translation>{number}k</translation>
    </message>
</context>
<context>
    <name>EpochCounter</name>
    <message>
        <source>Epoch {epoch} / {total}</source>
        <translation>迭代期 {epoch} / {total}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No such file or directory</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>不允许此操作</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>文件系统只读</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>超出磁盘配额</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>此处应有一个值</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>此处应有用双引号括起的键名</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>此处应有冒号 &apos;:&apos;</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>此处应有逗号 &apos;,&apos;</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>字符串没有结束，开始于</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>含有无效的控制字符，位于</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>无效的 \ 转义</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>无效的 \u 转义</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>结尾有多余内容</translation>
    </message>
    <message>
        <source>is {second} but runs[0].{key} is {first}: the window compares two runs from one start ({keys}); &apos;neuron-lab export --experiment&apos; runs it as it is</source>
        <translation>为 {second}，而 runs[0].{key} 为 {first}：窗口只比较从同一起点出发的两次运行（{keys} 相同）；&apos;neuron-lab export --experiment&apos; 可以原样运行它</translation>
    </message>
    <message>
        <source>is a folder, not an experiment file</source>
        <translation>是一个文件夹，不是实验文件</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>无法读取：{reason}</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte} at offset {offset})</source>
        <translation>不是 UTF-8 文本（偏移 {offset} 处的字节 {byte}）</translation>
    </message>
    <message>
        <source>is {size} bytes; experiment files are at most {limit} bytes</source>
        <translation>有 {size} 字节；实验文件最多 {limit} 字节</translation>
    </message>
    <message>
        <source>is not an experiment: JSON nested too deeply</source>
        <translation>不是实验文件：JSON 嵌套过深</translation>
    </message>
    <message>
        <source>is not valid JSON ({reason} at line {line} column {column})</source>
        <translation>不是有效的 JSON（{reason}，第 {line} 行第 {column} 列）</translation>
    </message>
    <message>
        <source>is not valid JSON ({reason})</source>
        <translation>不是有效的 JSON（{reason}）</translation>
    </message>
    <message>
        <source>contains {literal}, which is not a number JSON allows</source>
        <translation>含有 {literal}，这不是 JSON 允许的数</translation>
    </message>
    <message>
        <source>has the key {key} twice in one object</source>
        <translation>在同一个对象中两次出现键 {key}</translation>
    </message>
    <message>
        <source>must be a whole number, got {value}</source>
        <translation>必须是整数，实际为 {value}</translation>
    </message>
    <message>
        <source>was written by a newer Neuron Lab (format {found}); this one reads format {read}</source>
        <translation>由较新版本的 Neuron Lab 写入（格式 {found}）；本版本读取格式 {read}</translation>
    </message>
    <message>
        <source>must be {read}, got {value}</source>
        <translation>必须是 {read}，实际为 {value}</translation>
    </message>
    <message>
        <source>must be a list of 1 or 2 runs, got {value}</source>
        <translation>必须是含 1 或 2 次运行的列表，实际为 {value}</translation>
    </message>
    <message>
        <source>must hold 1 or 2 runs, got {count}</source>
        <translation>必须含 1 或 2 次运行，实际为 {count} 次</translation>
    </message>
    <message>
        <source>must be a JSON object, got {value}</source>
        <translation>必须是 JSON 对象，实际为 {value}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>is not a known key (stored trajectories are not part of format 1)</source>
        <translation>不是已知的键（格式 1 不保存计算出的轨迹）</translation>
    </message>
    <message>
        <source>is not a known key</source>
        <translation>不是已知的键</translation>
    </message>
    <message>
        <source>must be one of {choices}, got {value}</source>
        <translation>必须是 {choices} 之一，实际为 {value}</translation>
    </message>
    <message>
        <source>must be &gt; 0 and &lt; 1, got {value}</source>
        <translation>必须大于 0 且小于 1，实际为 {value}</translation>
    </message>
    <message>
        <source>must be a number, got {value}</source>
        <translation>必须是数，实际为 {value}</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>必须是有限的数</translation>
    </message>
    <message>
        <source>a huge number</source>
        <translation>一个极大的数</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>一个列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>must be &gt; 0 and &lt;= {high}, got {value}</source>
        <translation>必须大于 0 且不超过 {high}，实际为 {value}</translation>
    </message>
    <message>
        <source>eta (learning rate)</source>
        <translation>η（学习率）</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>迭代期数</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, got {value}</source>
        <translation>必须介于 {low} 和 {high} 之间，实际为 {value}</translation>
    </message>
    <message>
        <source>must be a finite number, got {value}</source>
        <translation>必须是有限的数，实际为 {value}</translation>
    </message>
    <message>
        <source>grid (starts a side)</source>
        <translation>网格（每边的起点数）</translation>
    </message>
    <message>
        <source>max epochs</source>
        <translation>最多迭代期数</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
</context>
<context>
    <name>ExercisesView</name>
    <message>
        <source>Exercise 1</source>
        <translation>练习 1</translation>
    </message>
    <message>
        <source>Exercise 2</source>
        <translation>练习 2</translation>
    </message>
    <message>
        <source>Exercise 1: which is the cross-entropy?</source>
        <translation>练习 1：哪个是交叉熵？</translation>
    </message>
    <message>
        <source>−[y ln a + (1 − y) ln(1 − a)]</source>
        <translation>−[y ln a + (1 − y) ln(1 − a)]</translation>
    </message>
    <message>
        <source>−[a ln y + (1 − a) ln(1 − y)]</source>
        <translation>−[a ln y + (1 − a) ln(1 − y)]</translation>
    </message>
    <message>
        <source>undefined at y = {y}: ln 0</source>
        <translation>在 y = {y} 处无定义：ln 0</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>output a</source>
        <translation>输出 a</translation>
    </message>
    <message>
        <source>target y =</source>
        <translation>目标 y =</translation>
    </message>
    <message>
        <source>The target y, from 0 to 1 (the chapter&apos;s example uses y = 0)</source>
        <translation>目标 y，取值 0 到 1（本章的例子使用 y = 0）</translation>
    </message>
    <message>
        <source>Exercise 2: is σ′(z) = σ(z)(1 − σ(z))?</source>
        <translation>练习 2：σ′(z) = σ(z)(1 − σ(z)) 成立吗？</translation>
    </message>
    <message>
        <source>σ′(z)</source>
        <translation>σ′(z)</translation>
    </message>
    <message>
        <source>σ(z)(1 − σ(z))</source>
        <translation>σ(z)(1 − σ(z))</translation>
    </message>
    <message>
        <source>Largest difference for {low} ≤ z ≤ {high}: {difference}</source>
        <translation>在 {low} ≤ z ≤ {high} 范围内的最大差值：{difference}</translation>
    </message>
</context>
<context>
    <name>ExperimentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <source>Cannot open the experiment</source>
        <translation>无法打开实验</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>已打开 {name}</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>保存实验</translation>
    </message>
    <message>
        <source>The experiment</source>
        <translation>当前实验</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>{name} has unsaved changes. Save them?</source>
        <translation>{name} 有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>{path} no longer exists; it was removed from the recent files.</source>
        <translation>{path} 已不存在，已从最近文件列表中移除。</translation>
    </message>
    <message>
        <source>Cannot save the experiment</source>
        <translation>无法保存实验</translation>
    </message>
    <message>
        <source>{name}: cannot be saved: {problem}</source>
        <translation>{name}：无法保存：{problem}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <source>{name}[*] — Neuron Lab</source>
        <translation>{name}[*] — Neuron Lab</translation>
    </message>
    <message>
        <source>Neuron Lab experiments (*{suffix});;All files (*)</source>
        <translation>Neuron Lab 实验 (*{suffix});;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cost plot</source>
        <translation>代价图</translation>
    </message>
    <message>
        <source>All plots</source>
        <translation>所有图</translation>
    </message>
    <message>
        <source>Figure: diagram and plots</source>
        <translation>图形：示意图和各图</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Transparent background (PNG)</source>
        <translation>透明背景（PNG）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Size (pixels)</source>
        <translation>尺寸（像素）</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>GIF frames per second</source>
        <translation>GIF 每秒帧数</translation>
    </message>
    <message>
        <source>GIF frames</source>
        <translation>GIF 帧数</translation>
    </message>
    <message>
        <source>File (.png .svg .pdf .csv .gif)</source>
        <translation>文件（.png .svg .pdf .csv .gif）</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Images and data (*.png *.svg *.pdf *.csv *.gif)</source>
        <translation>图像和数据 (*.png *.svg *.pdf *.csv *.gif)</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>GIF frames per second must be from {low} to {high}, not {value}</source>
        <translation>GIF 每秒帧数必须在 {low} 到 {high} 之间，而不是 {value}</translation>
    </message>
    <message>
        <source>the number of GIF frames must be from {low} to {high}, not {value}</source>
        <translation>GIF 帧数必须在 {low} 到 {high} 之间，而不是 {value}</translation>
    </message>
    <message>
        <source>the last GIF frame is held 0 to {high:g} seconds, not {value:g}</source>
        <translation>GIF 最后一帧的停留时间必须为 0 到 {high:g} 秒，而不是 {value:g}</translation>
    </message>
    <message>
        <source>an animated GIF can be at most {max_width}×{max_height} pixels, not {width}×{height}; choose a smaller size</source>
        <translation>GIF 动画最大为 {max_width}×{max_height} 像素，而不是 {width}×{height}；请选择更小的尺寸</translation>
    </message>
    <message>
        <source>at {width}×{height} pixels a GIF can have at most {limit} frames, not {frames} (every frame is kept in memory while it is encoded)</source>
        <translation>在 {width}×{height} 像素下，GIF 最多可有 {limit} 帧，而不是 {frames}（编码时每一帧都保存在内存中）</translation>
    </message>
    <message>
        <source>the file name must end in .png, .svg, .pdf, .csv or .gif, not {name!r}</source>
        <translation>文件名必须以 .png、.svg、.pdf、.csv 或 .gif 结尾，而不是 {name!r}</translation>
    </message>
</context>
<context>
    <name>GuiExporter</name>
    <message>
        <source>A GIF is still being made: wait for it, or cancel it first.</source>
        <translation>仍在生成 GIF：请等待其完成，或先将其取消。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>无法保存 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>HintBanner</name>
    <message>
        <source>Why the neuron learns as it does</source>
        <translation>神经元为何这样学习</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>x = {x}, y = {y}</source>
        <translation>x = {x}, y = {y}</translation>
    </message>
    <message>
        <source>{cost}, {setting}</source>
        <translation>{cost}，{setting}</translation>
    </message>
    <message>
        <source>C (linear)</source>
        <translation>C（线性）</translation>
    </message>
    <message>
        <source>Scroll: zoom · drag: pan · double-click: fit</source>
        <translation>滚轮：缩放 · 拖动：平移 · 双击：适应</translation>
    </message>
    <message>
        <source>Both runs: {setting} · {hint}</source>
        <translation>两次运行：{setting} · {hint}</translation>
    </message>
    <message>
        <source>Colours: the cost C(w, b) on a linear scale from 0 to the quadratic cost&apos;s largest value, or for cross-entropy, which has none, to the window&apos;s largest. Lines: equal steps of C, close together where the landscape is steep, far apart (or none) where it is flat.</source>
        <translation>颜色：代价 C(w, b)，按线性刻度从 0 到二次代价函数的最大值；交叉熵代价函数没有最大值，因此取到本窗口内的最大值。等值线：C 的等间距取值，代价曲面陡峭处线条密集，平坦处稀疏（或没有线）。</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Show each run&apos;s whole path again (or double-click a landscape)</source>
        <translation>重新显示每次运行的完整路径（或双击代价曲面）</translation>
    </message>
    <message>
        <source>plateau: σ′ &lt; {threshold}</source>
        <translation>平坦区：σ′ &lt; {threshold}</translation>
    </message>
    <message>
        <source>plateau</source>
        <translation>平坦区</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Show the window in {language}</source>
        <translation>用 {language} 显示窗口</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>语言：{language}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Readouts</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Run 2</source>
        <translation>运行 2</translation>
    </message>
    <message>
        <source>Neuron Lab: watch a neuron learn</source>
        <translation>Neuron Lab：观察神经元如何学习</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Choose a preset or set values, then press Run (Ctrl+Enter) or Space.</source>
        <translation>选择预设或设置数值，然后按“运行”（Ctrl+Enter）或 Space。</translation>
    </message>
    <message>
        <source>Running: {title}</source>
        <translation>正在运行：{title}</translation>
    </message>
    <message>
        <source>The run stopped because of an error: {message}</source>
        <translation>运行因错误而停止：{message}</translation>
    </message>
    <message>
        <source>The new values apply when you press Run or R.</source>
        <translation>新值将在按下“运行”或 R 后生效。</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>图</translation>
    </message>
    <message>
        <source>Why slow?</source>
        <translation>为什么慢？</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>代价曲面</translation>
    </message>
    <message>
        <source>Speed map</source>
        <translation>学习速度图</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The speed map could not be computed: {message}</source>
        <translation>无法计算学习速度图：{message}</translation>
    </message>
</context>
<context>
    <name>NeuronDiagram</name>
    <message>
        <source>Neuron diagram</source>
        <translation>神经元示意图</translation>
    </message>
    <message>
        <source>x = {value}</source>
        <translation>x = {value}</translation>
    </message>
    <message>
        <source>w = {value}</source>
        <translation>w = {value}</translation>
    </message>
    <message>
        <source>b = {value}</source>
        <translation>b = {value}</translation>
    </message>
    <message>
        <source>a = {value}</source>
        <translation>a = {value}</translation>
    </message>
    <message>
        <source>σ</source>
        <translation>σ</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>Quadratic</source>
        <translation>二次代价</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交叉熵代价</translation>
    </message>
    <message>
        <source>True gradient</source>
        <translation>真实梯度</translation>
    </message>
    <message>
        <source>Book widget (dC/da)</source>
        <translation>书中动画规则（dC/da）</translation>
    </message>
    <message>
        <source>True gradient: w ← w − η·x·∂C/∂z (eq. 55/56, 61/62).
Book widget: the rule of the book&apos;s published animations; for cross-entropy it steps by ∂C/∂a = 1/(1 − a), not by the gradient.</source>
        <translation>真实梯度：w ← w − η·x·∂C/∂z（式 (55)/(56)、(61)/(62)）。
书中动画规则：书中已发布动画所用的规则；对交叉熵代价函数，它按 ∂C/∂a = 1/(1 − a) 步进，而不是按梯度。</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>迭代期</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>A named starting point of the book</source>
        <translation>书中给出的命名起点</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <source>Cost function C</source>
        <translation>代价函数 C</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Update rule</source>
        <translation>更新规则</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>Weight w at the start</source>
        <translation>起点处的权重 w</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>Bias b at the start</source>
        <translation>起点处的偏置 b</translation>
    </message>
    <message>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>学习率 η</translation>
    </message>
    <message>
        <source>Epochs to train</source>
        <translation>训练的迭代期数</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>Input x</source>
        <translation>输入 x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Target output y</source>
        <translation>目标输出 y</translation>
    </message>
    <message>
        <source>Values set by hand.</source>
        <translation>手动设置的值。</translation>
    </message>
</context>
<context>
    <name>PlotCrosshair</name>
    <message>
        <source>epoch</source>
        <translation>迭代期</translation>
    </message>
</context>
<context>
    <name>ReadoutsPanel</name>
    <message>
        <source>epoch</source>
        <translation>迭代期</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>a</source>
        <translation>a</translation>
    </message>
    <message>
        <source>C (cost)</source>
        <translation>C（代价）</translation>
    </message>
    <message>
        <source>σ′(z)</source>
        <translation>σ′(z)</translation>
    </message>
    <message>
        <source>∂C/∂w</source>
        <translation>∂C/∂w</translation>
    </message>
    <message>
        <source>∂C/∂b</source>
        <translation>∂C/∂b</translation>
    </message>
</context>
<context>
    <name>RunDescriptions</name>
    <message>
        <source>Quadratic cost</source>
        <translation>二次代价函数</translation>
    </message>
    <message>
        <source>Cross-entropy cost</source>
        <translation>交叉熵代价函数</translation>
    </message>
    <message>
        <source>true gradient</source>
        <translation>真实梯度</translation>
    </message>
    <message>
        <source>book widget rule (steps by dC/da)</source>
        <translation>书中动画规则（按 dC/da 步进）</translation>
    </message>
    <message>
        <source>{cost}, {rule}: w₀ = {w:g}, b₀ = {b:g}, η = {eta:g}</source>
        <translation>{cost}，{rule}：w₀ = {w:g}, b₀ = {b:g}, η = {eta:g}</translation>
    </message>
    <message>
        <source>quadratic</source>
        <translation>二次代价</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>交叉熵代价</translation>
    </message>
    <message>
        <source>1: {run}</source>
        <translation>1：{run}</translation>
    </message>
    <message>
        <source>2: {run}</source>
        <translation>2：{run}</translation>
    </message>
    <message>
        <source>Same start</source>
        <translation>相同起点</translation>
    </message>
    <message>
        <source>{what}: w₀ = {w:g}, b₀ = {b:g}, η = {eta:g}</source>
        <translation>{what}：w₀ = {w:g}, b₀ = {b:g}, η = {eta:g}</translation>
    </message>
    <message>
        <source>{what}: w₀ = {w:g}, b₀ = {b:g}</source>
        <translation>{what}：w₀ = {w:g}, b₀ = {b:g}</translation>
    </message>
    <message>
        <source>Diverged at epoch {epoch}: w or b left the finite range; showing the last finite state.</source>
        <translation>在第 {epoch} 个迭代期发散：w 或 b 超出了有限范围；显示最后一个有限状态。</translation>
    </message>
    <message>
        <source>Stopped at epoch {epoch}: a = {a}. Run starts again from the values set.</source>
        <translation>在第 {epoch} 个迭代期停止：a = {a}。再次运行将从所设的值重新开始。</translation>
    </message>
    <message>
        <source>Finished {epoch} epochs: a = {a}.</source>
        <translation>已完成 {epoch} 个迭代期：a = {a}。</translation>
    </message>
    <message>
        <source>Learning is slow: σ′(z) = {value}. The neuron is saturated, so ∂C/∂w = (a − y)·σ′(z)·x is tiny however wrong a is.</source>
        <translation>学习很慢：σ′(z) = {value}。神经元已饱和，因此无论 a 错得多离谱，∂C/∂w = (a − y)·σ′(z)·x 都很小。</translation>
    </message>
    <message>
        <source>Large error, fast learning: with cross-entropy ∂C/∂w = x·(a − y) = {value}; σ′(z) cancels.</source>
        <translation>误差大，学得快：使用交叉熵时 ∂C/∂w = x·(a − y) = {value}；σ′(z) 被消去。</translation>
    </message>
    <message>
        <source>Nearly learned: the cost is down to {value}.</source>
        <translation>接近学会：代价已降至 {value}。</translation>
    </message>
</context>
<context>
    <name>RunFigure</name>
    <message>
        <source>Epoch {epoch:,} · {title}</source>
        <translation>第 {epoch:,} 个迭代期 · {title}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SpeedControl</name>
    <message>
        <source>Animation speed, epochs per second</source>
        <translation>动画速度，每秒迭代期数</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>即时</translation>
    </message>
    <message>
        <source>Compute as fast as possible</source>
        <translation>尽可能快地计算</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>即时</translation>
    </message>
    <message>
        <source>1 epoch/s</source>
        <translation>1 个迭代期/秒</translation>
    </message>
    <message>
        <source>{speed:,} epochs/s</source>
        <translation>{speed:,} 个迭代期/秒</translation>
    </message>
</context>
<context>
    <name>SpeedMapView</name>
    <message>
        <source>grid N</source>
        <translation>网格 N</translation>
    </message>
    <message>
        <source>max epochs M</source>
        <translation>最大迭代期数 M</translation>
    </message>
    <message>
        <source>threshold T</source>
        <translation>阈值 T</translation>
    </message>
    <message>
        <source>Starts along each side: N × N starts (w₀, b₀)</source>
        <translation>每边的起点数：共 N × N 个起点 (w₀, b₀)</translation>
    </message>
    <message>
        <source>Most epochs run from each start</source>
        <translation>从每个起点最多运行的迭代期数</translation>
    </message>
    <message>
        <source>A start has learnt once |a − y| &lt; T</source>
        <translation>一旦 |a − y| &lt; T，即认为该起点已学会</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Grid N</source>
        <translation>网格 N</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Max epochs M</source>
        <translation>最大迭代期数 M</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Threshold T</source>
        <translation>阈值 T</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Quadratic</source>
        <translation>二次代价</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交叉熵代价</translation>
    </message>
    <message>
        <source>epochs to |a − y| &lt; {threshold}</source>
        <translation>|a − y| &lt; {threshold} 所需迭代期</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 个迭代期</translation>
    </message>
    <message>
        <source>{epochs} epochs</source>
        <translation>{epochs} 个迭代期</translation>
    </message>
    <message>
        <source>w₀ = {w}, b₀ = {b}</source>
        <translation>w₀ = {w}, b₀ = {b}</translation>
    </message>
    <message>
        <source>{cost} {epochs}</source>
        <translation>{cost} {epochs}</translation>
    </message>
    <message>
        <source>{start}: {numbers}</source>
        <translation>{start}：{numbers}</translation>
    </message>
    <message>
        <source>Point at a start to read both numbers; click it to load it into the main view.</source>
        <translation>将鼠标指向某个起点可读出两个数值；单击可将其载入主视图。</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>none reached</source>
        <translation>均未达到</translation>
    </message>
    <message>
        <source>{share} reached</source>
        <translation>{share}达到</translation>
    </message>
    <message>
        <source>{reached} · median {epochs}</source>
        <translation>{reached} · 中位数 {epochs}</translation>
    </message>
    <message>
        <source>{cost} none reached</source>
        <translation>{cost} 均未达到</translation>
    </message>
    <message>
        <source>{cost} {epochs} ({share} reached)</source>
        <translation>{cost} {epochs}（{share}达到）</translation>
    </message>
    <message>
        <source>median epochs: {costs}</source>
        <translation>迭代期数中位数：{costs}</translation>
    </message>
    <message>
        <source>x = {x}, y = {y}, η = {eta}, {rule}</source>
        <translation>x = {x}, y = {y}, η = {eta}，{rule}</translation>
    </message>
    <message>
        <source>From the current parameters: {settings}</source>
        <translation>基于当前参数：{settings}</translation>
    </message>
    <message>
        <source>{settings}; |a − y| &lt; {threshold} within {epochs} epochs</source>
        <translation>{settings}；在 {epochs} 个迭代期内达到 |a − y| &lt; {threshold}</translation>
    </message>
    <message>
        <source>Learning speed from each start (w₀, b₀)</source>
        <translation>各起点 (w₀, b₀) 的学习速度</translation>
    </message>
    <message>
        <source>Press Compute to map, for every start (w₀,&#xa0;b₀), how many epochs each cost needs to bring the output within T of the target.</source>
        <translation>按“计算”，为每个起点 (w₀, b₀) 绘制每种代价函数需要多少个迭代期才能使输出与目标之差小于 T。</translation>
    </message>
    <message>
        <source>Computing the map …</source>
        <translation>正在计算学习速度图…</translation>
    </message>
    <message>
        <source>Cancelled: the map was not computed.</source>
        <translation>已取消：未计算学习速度图。</translation>
    </message>
    <message>
        <source>w₀</source>
        <translation>w₀</translation>
    </message>
    <message>
        <source>b₀</source>
        <translation>b₀</translation>
    </message>
</context>
<context>
    <name>ThresholdReadout</name>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Learnt when |a − y| &lt;</source>
        <translation>学会条件：|a − y| &lt;</translation>
    </message>
    <message>
        <source>Threshold T on |a − y|</source>
        <translation>|a − y| 的阈值 T</translation>
    </message>
    <message>
        <source>A run counts as learnt at the first epoch with |a − y| below this</source>
        <translation>一次运行在 |a − y| 首次低于此值的迭代期即视为已学会</translation>
    </message>
</context>
<context>
    <name>ThresholdText</name>
    <message>
        <source>Run {number}</source>
        <translation>运行 {number}</translation>
    </message>
    <message>
        <source>Run {number} ({label})</source>
        <translation>运行 {number}（{label}）</translation>
    </message>
    <message>
        <source>{run}: {status}</source>
        <translation>{run}：{status}</translation>
    </message>
    <message>
        <source>|a − y| &lt; {threshold} at epoch {epoch}</source>
        <translation>第 {epoch} 个迭代期达到 |a − y| &lt; {threshold}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未达到</translation>
    </message>
    <message>
        <source>not yet (epoch {epoch} shown)</source>
        <translation>尚未达到（当前显示第 {epoch} 个迭代期）</translation>
    </message>
    <message>
        <source>not reached in {epochs} epochs</source>
        <translation>{epochs} 个迭代期内未达到</translation>
    </message>
    <message>
        <source>not reached in 1 epoch</source>
        <translation>1 个迭代期内未达到</translation>
    </message>
    <message>
        <source>not reached by epoch {epoch}</source>
        <translation>到第 {epoch} 个迭代期仍未达到</translation>
    </message>
    <message>
        <source>run {slow} needs {ratio}× the epochs of run {fast}</source>
        <translation>运行 {slow} 所需的迭代期是运行 {fast} 的 {ratio} 倍</translation>
    </message>
    <message>
        <source>run {slow} needs ≥ {ratio}× the epochs of run {fast}</source>
        <translation>运行 {slow} 所需的迭代期至少是运行 {fast} 的 {ratio} 倍</translation>
    </message>
    <message>
        <source>runs 1 and 2 reached it together</source>
        <translation>运行 1 和运行 2 同时达到</translation>
    </message>
    <message>
        <source>run {fast} reached it first</source>
        <translation>运行 {fast} 先达到</translation>
    </message>
    <message>
        <source>neither run has reached it yet</source>
        <translation>两次运行均尚未达到</translation>
    </message>
    <message>
        <source>neither run reached it</source>
        <translation>两次运行均未达到</translation>
    </message>
    <message>
        <source>quadratic</source>
        <translation>二次代价</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>book rule</source>
        <translation>书中动画规则</translation>
    </message>
    <message>
        <source>true gradient</source>
        <translation>真实梯度</translation>
    </message>
    <message>
        <source>η = {eta}</source>
        <translation>η = {eta}</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>Timeline: drag to any computed epoch</source>
        <translation>时间轴：拖动到任意已计算的迭代期</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>cost C</source>
        <translation>代价 C</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>迭代期</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <source>Weight and bias</source>
        <translation>权重和偏置</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>a = σ(z)</source>
        <translation>a = σ(z)</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>代价</translation>
    </message>
</context>
<context>
    <name>ViewCommands</name>
    <message>
        <source>Comparing the book&apos;s rule (steps by dC/da) with the true gradient.</source>
        <translation>正在比较书中动画规则（按 dC/da 更新）与真实梯度。</translation>
    </message>
    <message>
        <source>Start w₀ = {w}, b₀ = {b} from the speed map: press Run or Space.</source>
        <translation>已从学习速度图选取起点 w₀ = {w}, b₀ = {b}：点击“运行”或按 Space 键。</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <source>weight and bias</source>
        <translation>权重和偏置</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Large plot: {name}</source>
        <translation>大图：{name}</translation>
    </message>
</context>
<context>
    <name>WholeField</name>
    <message>
        <source>{name} must be a whole number ({low} to {high})</source>
        <translation>{name} 必须是整数（{low} 到 {high}）</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}</source>
        <translation>{name} 必须介于 {low} 和 {high} 之间</translation>
    </message>
</context>
<context>
    <name>WhySlowPanel</name>
    <message>
        <source>epoch</source>
        <translation>迭代期</translation>
    </message>
    <message>
        <source>a = σ(z)</source>
        <translation>a = σ(z)</translation>
    </message>
    <message>
        <source>{number}: {cost}</source>
        <translation>{number}：{cost}</translation>
    </message>
    <message>
        <source>σ(z) and its slope σ′(z)</source>
        <translation>σ(z) 及其斜率 σ′(z)</translation>
    </message>
    <message>
        <source>flat:
σ′ &lt; {threshold}</source>
        <translation>平坦：
σ′ &lt; {threshold}</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>平坦</translation>
    </message>
    <message>
        <source>Factors of ∂C/∂w</source>
        <translation>∂C/∂w 的因子</translation>
    </message>
    <message>
        <source>cancels</source>
        <translation>被消去</translation>
    </message>
    <message>
        <source>|∂C/∂w| per epoch (log scale)</source>
        <translation>每个迭代期的 |∂C/∂w|（对数坐标）</translation>
    </message>
    <message>
        <source>σ(z)</source>
        <translation>σ(z)</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>因子</translation>
    </message>
    <message>
        <source>|∂C/∂w|</source>
        <translation>|∂C/∂w|</translation>
    </message>
    <message>
        <source>Formulas</source>
        <translation>公式</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Run from the values set</source>
        <translation>按设定值运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop, keeping what was computed</source>
        <translation>停止，保留已计算的结果</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>播放/暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Step &amp;forward</source>
        <translation>单步前进(&amp;F)</translation>
    </message>
    <message>
        <source>One epoch forward (computes it if needed)</source>
        <translation>前进一个迭代期（必要时进行计算）</translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation>单步后退(&amp;B)</translation>
    </message>
    <message>
        <source>One epoch back (shows the stored state)</source>
        <translation>后退一个迭代期（显示已保存的状态）</translation>
    </message>
    <message>
        <source>Forward 10 epochs</source>
        <translation>前进 10 个迭代期</translation>
    </message>
    <message>
        <source>Back 10 epochs</source>
        <translation>后退 10 个迭代期</translation>
    </message>
    <message>
        <source>Go to &amp;start</source>
        <translation>转到起点(&amp;S)</translation>
    </message>
    <message>
        <source>Run to the &amp;end</source>
        <translation>运行到结尾(&amp;E)</translation>
    </message>
    <message>
        <source>Compute the remaining epochs at once</source>
        <translation>一次性计算剩余的迭代期</translation>
    </message>
    <message>
        <source>&amp;Reset to the values set</source>
        <translation>重置为设定值(&amp;R)</translation>
    </message>
    <message>
        <source>New run from the spinbox values, paused at epoch 0</source>
        <translation>按输入框中的值新建一次运行，暂停在第 0 个迭代期</translation>
    </message>
    <message>
        <source>&amp;Predict</source>
        <translation>预测(&amp;P)</translation>
    </message>
    <message>
        <source>Hide the curves ahead of the cursor; draw your guess on the cost plot</source>
        <translation>隐藏光标之后的曲线；在代价图上画出你的猜测</translation>
    </message>
    <message>
        <source>&amp;Compare two runs</source>
        <translation>比较两次运行(&amp;C)</translation>
    </message>
    <message>
        <source>Two runs from the same start, played together: the other cost, or your own second column of values</source>
        <translation>从同一起点出发的两次运行，同步播放：使用另一种代价函数，或使用你自己设定的第二列参数值</translation>
    </message>
    <message>
        <source>&amp;Book rule vs true gradient</source>
        <translation>书中动画规则对比真实梯度(&amp;B)</translation>
    </message>
    <message>
        <source>Compare the book&apos;s published cross-entropy animation (steps by dC/da) with the true gradient, from the same start</source>
        <translation>从同一起点出发，比较书中发布的交叉熵动画（按 dC/da 更新）与真实梯度</translation>
    </message>
    <message>
        <source>&amp;Why slow?</source>
        <translation>为什么慢？(&amp;W)</translation>
    </message>
    <message>
        <source>Show why learning is slow: σ and its slope, the gradient&apos;s factors, formulas</source>
        <translation>说明学习为什么慢：σ 及其斜率、梯度的各个因子、公式</translation>
    </message>
    <message>
        <source>&amp;Plots</source>
        <translation>图(&amp;P)</translation>
    </message>
    <message>
        <source>The live plots</source>
        <translation>实时图</translation>
    </message>
    <message>
        <source>Cost &amp;landscape</source>
        <translation>代价曲面(&amp;L)</translation>
    </message>
    <message>
        <source>C(w, b) with the descent path: where the plateau is</source>
        <translation>C(w, b) 及下降路径：平坦区在哪里</translation>
    </message>
    <message>
        <source>Learning-&amp;speed map</source>
        <translation>学习速度图(&amp;S)</translation>
    </message>
    <message>
        <source>Epochs to learn from every start, for both costs</source>
        <translation>两种代价函数下，从每个起点出发学会所需的迭代期数</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>练习(&amp;X)</translation>
    </message>
    <message>
        <source>The chapter&apos;s exercises: the two cross-entropy forms, σ′ = σ(1 − σ)</source>
        <translation>本章练习：交叉熵的两种形式，σ′ = σ(1 − σ)</translation>
    </message>
    <message>
        <source>&amp;Clear guess</source>
        <translation>清除猜测(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>放大(&amp;L)</translation>
    </message>
    <message>
        <source>Larger text, lines and diagram</source>
        <translation>放大文字、线条和示意图</translation>
    </message>
    <message>
        <source>S&amp;maller</source>
        <translation>缩小(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <source>Next &amp;large plot</source>
        <translation>下一个大图(&amp;L)</translation>
    </message>
    <message>
        <source>Make the next plot the large one (cost, w and b, output): on a small screen at a large scale it is the one that stays</source>
        <translation>将下一个图设为大图（代价、w 和 b、输出）：在小屏幕上使用较大缩放时，只保留这个图</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Neuron Lab</source>
        <translation>关于 Neuron Lab(&amp;A)</translation>
    </message>
    <message>
        <source>Version, license, and the book chapter this app teaches</source>
        <translation>版本、许可证，以及本应用讲解的书中章节</translation>
    </message>
    <message>
        <source>&amp;Reset settings…</source>
        <translation>重置设置(&amp;R)…</translation>
    </message>
    <message>
        <source>Theme, scale, language, window size, recent files: back to the defaults</source>
        <translation>主题、缩放、语言、窗口大小、最近文件：恢复为默认值</translation>
    </message>
    <message>
        <source>&amp;New experiment</source>
        <translation>新建实验(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open experiment…</source>
        <translation>打开实验(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a .neuronlab experiment file</source>
        <translation>打开 .neuronlab 实验文件</translation>
    </message>
    <message>
        <source>&amp;Save experiment</source>
        <translation>保存实验(&amp;S)</translation>
    </message>
    <message>
        <source>Save experiment &amp;as…</source>
        <translation>实验另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the run as PNG, SVG, PDF, CSV or animated GIF</source>
        <translation>将运行导出为 PNG、SVG、PDF、CSV 或 GIF 动画</translation>
    </message>
    <message>
        <source>&amp;Copy figure</source>
        <translation>复制图形(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the figure as an image</source>
        <translation>将图形复制为图片</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>WindowExports</name>
    <message>
        <source>Nothing to export yet: run first.</source>
        <translation>尚无可导出的内容：请先运行。</translation>
    </message>
    <message>
        <source>A GIF is still being made; export again when it is done.</source>
        <translation>仍在生成 GIF；完成后请再次导出。</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Nothing to copy yet: run first.</source>
        <translation>尚无可复制的内容：请先运行。</translation>
    </message>
    <message>
        <source>Could not copy the figure: {reason}</source>
        <translation>无法复制图形：{reason}</translation>
    </message>
    <message>
        <source>Figure copied to the clipboard.</source>
        <translation>图形已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>WindowGifExport</name>
    <message>
        <source>Drawing the frames…</source>
        <translation>正在绘制帧…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Encoding the GIF…</source>
        <translation>正在编码 GIF…</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>回放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>播放控制</translation>
    </message>
</context>
<context>
    <name>WindowSettings</name>
    <message>
        <source>Reset settings</source>
        <translation>重置设置</translation>
    </message>
    <message>
        <source>Reset every setting to its default: theme, presentation scale, language, window size, recent files, export folder and the last experiment? The experiment on screen stays as it is.</source>
        <translation>要将所有设置恢复为默认值吗？包括主题、演示缩放、语言、窗口大小、最近文件、导出文件夹和上次的实验。屏幕上的实验保持不变。</translation>
    </message>
    <message>
        <source>Settings reset to their defaults.</source>
        <translation>设置已恢复为默认值。</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Quadratic, good start</source>
        <translation>二次代价，良好起点</translation>
    </message>
    <message>
        <source>Quadratic cost from a good start (w = 0.6, b = 0.9): learns fast from the first epoch.</source>
        <translation>从良好起点（w = 0.6, b = 0.9）使用二次代价函数：从第一个迭代期起就学得很快。</translation>
    </message>
    <message>
        <source>Quadratic, saturated start</source>
        <translation>二次代价，饱和起点</translation>
    </message>
    <message>
        <source>Quadratic cost from a saturated start (w = b = 2): σ&apos;(z) is tiny, so it crawls for ~150 epochs.</source>
        <translation>从饱和起点（w = b = 2）使用二次代价函数：σ&apos;(z) 极小，因此约 150 个迭代期内进展缓慢。</translation>
    </message>
    <message>
        <source>Cross-entropy, good start</source>
        <translation>交叉熵，良好起点</translation>
    </message>
    <message>
        <source>Cross-entropy cost from a good start, true gradient: σ&apos;(z) cancels, the error alone drives learning.</source>
        <translation>从良好起点使用交叉熵代价函数，真实梯度：σ&apos;(z) 被消去，仅由误差驱动学习。</translation>
    </message>
    <message>
        <source>Cross-entropy, saturated start</source>
        <translation>交叉熵，饱和起点</translation>
    </message>
    <message>
        <source>Cross-entropy cost from the saturated start, true gradient: no slowdown, a large error learns fastest.</source>
        <translation>从饱和起点使用交叉熵代价函数，真实梯度：没有学习减速，误差越大学得越快。</translation>
    </message>
    <message>
        <source>Book&apos;s animation, good start</source>
        <translation>书中动画，良好起点</translation>
    </message>
    <message>
        <source>The book&apos;s published cross-entropy animation (η = 0.005, steps by dC/da = 1/(1 − a)) from the good start.</source>
        <translation>书中发布的交叉熵动画（η = 0.005，按 dC/da = 1/(1 − a) 步进），从良好起点开始。</translation>
    </message>
    <message>
        <source>Book&apos;s animation, saturated start</source>
        <translation>书中动画，饱和起点</translation>
    </message>
    <message>
        <source>The book&apos;s published cross-entropy animation (η = 0.005, steps by dC/da = 1/(1 − a)) from the saturated start.</source>
        <translation>书中发布的交叉熵动画（η = 0.005，按 dC/da = 1/(1 − a) 步进），从饱和起点开始。</translation>
    </message>
</context>
<context>
    <name>qt_window</name>
    <message>
        <source>This is the largest size that fits this screen.</source>
        <translation>这是此屏幕能容纳的最大尺寸。</translation>
    </message>
</context>
</TS>
