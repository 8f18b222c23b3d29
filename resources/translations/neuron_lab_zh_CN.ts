<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Neuron Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch one sigmoid neuron learn, and see why it sometimes learns slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neural Networks and Deep Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaches chapter 3 of Michael Nielsen, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License: see the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookFigures</name>
    <message>
        <source>Same start (w₀ = {w:g}, b₀ = {b:g}, η = {eta:g}), two costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookNote</name>
    <message>
        <source>Which update rule?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The book&apos;s published cross-entropy animation steps by &lt;i&gt;∂C/∂a&lt;/i&gt; = 1/(1 − &lt;i&gt;a&lt;/i&gt;) (for &lt;i&gt;x&lt;/i&gt; = 1, &lt;i&gt;y&lt;/i&gt; = 0), not by the gradient of eq. 61, &lt;i&gt;∂C/∂w&lt;/i&gt; = &lt;i&gt;x&lt;/i&gt;(&lt;i&gt;a&lt;/i&gt; − &lt;i&gt;y&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;True gradient&lt;/b&gt; (the default) is the mathematics of the chapter. &lt;b&gt;Book widget&lt;/b&gt; reproduces the published figure (η = 0.005). In compare mode, &lt;i&gt;Book rule vs true gradient&lt;/i&gt; shows both from the same start.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Run 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs run 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run 1 is set in the parameters panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book rule vs true gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy from run 1&apos;s start: the book widget&apos;s rule against the true gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run 2: cost function C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run 2: update rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run 2: learning rate η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same start as run 1: w = {w}, b = {b}, x = {x}, y = {y}, 1 epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same start as run 1: w = {w}, b = {b}, x = {x}, y = {y}, {epochs} epochs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecimalField</name>
    <message>
        <source>{name} must be a number between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpochAxis</name>
    <message>
        <source>{number}G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}k</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpochCounter</name>
    <message>
        <source>Epoch {epoch} / {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisesView</name>
    <message>
        <source>Exercise 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise 1: which is the cross-entropy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−[y ln a + (1 − y) ln(1 − a)]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−[a ln y + (1 − a) ln(1 − y)]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined at y = {y}: ln 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target y =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target y, from 0 to 1 (the chapter&apos;s example uses y = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise 2: is σ′(z) = σ(z)(1 − σ(z))?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ′(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ(z)(1 − σ(z))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest difference for {low} ≤ z ≤ {high}: {difference}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} no longer exists; it was removed from the recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cannot be saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}[*] — Neuron Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuron Lab experiments (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure: diagram and plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent background (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF frames per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File (.png .svg .pdf .csv .gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and data (*.png *.svg *.pdf *.csv *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>GIF frames per second must be from {low} to {high}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of GIF frames must be from {low} to {high}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last GIF frame is held 0 to {high:g} seconds, not {value:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an animated GIF can be at most {max_width}×{max_height} pixels, not {width}×{height}; choose a smaller size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {width}×{height} pixels a GIF can have at most {limit} frames, not {frames} (every frame is kept in memory while it is encoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name must end in .png, .svg, .pdf, .csv or .gif, not {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiExporter</name>
    <message>
        <source>A GIF is still being made: wait for it, or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HintBanner</name>
    <message>
        <source>Why the neuron learns as it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>x = {x}, y = {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cost}, {setting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C (linear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll: zoom · drag: pan · double-click: fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both runs: {setting} · {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours: the cost C(w, b) on a linear scale from 0 to the quadratic cost&apos;s largest value, or for cross-entropy, which has none, to the window&apos;s largest. Lines: equal steps of C, close together where the landscape is steep, far apart (or none) where it is flat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each run&apos;s whole path again (or double-click a landscape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau: σ′ &lt; {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the window in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Readouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuron Lab: watch a neuron learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a preset or set values, then press Run (Ctrl+Enter) or Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run stopped because of an error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new values apply when you press Run or R.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why slow?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed map could not be computed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeuronDiagram</name>
    <message>
        <source>Neuron diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>Quadratic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book widget (dC/da)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True gradient: w ← w − η·x·∂C/∂z (eq. 55/56, 61/62).
Book widget: the rule of the book&apos;s published animations; for cross-entropy it steps by ∂C/∂a = 1/(1 − a), not by the gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named starting point of the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost function C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight w at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias b at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target output y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values set by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotCrosshair</name>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadoutsPanel</name>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C (cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ′(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂C/∂w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂C/∂b</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunDescriptions</name>
    <message>
        <source>Quadratic cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book widget rule (steps by dC/da)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cost}, {rule}: w₀ = {w:g}, b₀ = {b:g}, η = {eta:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quadratic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: {run}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2: {run}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: w₀ = {w:g}, b₀ = {b:g}, η = {eta:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: w₀ = {w:g}, b₀ = {b:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged at epoch {epoch}: w or b left the finite range; showing the last finite state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at epoch {epoch}: a = {a}. Run starts again from the values set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished {epoch} epochs: a = {a}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning is slow: σ′(z) = {value}. The neuron is saturated, so ∂C/∂w = (a − y)·σ′(z)·x is tiny however wrong a is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large error, fast learning: with cross-entropy ∂C/∂w = x·(a − y) = {value}; σ′(z) cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly learned: the cost is down to {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunFigure</name>
    <message>
        <source>Epoch {epoch:,} · {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeedControl</name>
    <message>
        <source>Animation speed, epochs per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute as fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 epoch/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speed:,} epochs/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeedMapView</name>
    <message>
        <source>grid N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max epochs M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts along each side: N × N starts (w₀, b₀)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most epochs run from each start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A start has learnt once |a − y| &lt; T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max epochs M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadratic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs to |a − y| &lt; {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{epochs} epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w₀ = {w}, b₀ = {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cost} {epochs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start}: {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a start to read both numbers; click it to load it into the main view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reached} · median {epochs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cost} none reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cost} {epochs} ({share} reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median epochs: {costs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x = {x}, y = {y}, η = {eta}, {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the current parameters: {settings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{settings}; |a − y| &lt; {threshold} within {epochs} epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning speed from each start (w₀, b₀)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Compute to map, for every start (w₀,&#xa0;b₀), how many epochs each cost needs to bring the output within T of the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the map …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the map was not computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w₀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b₀</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdReadout</name>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learnt when |a − y| &lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold T on |a − y|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run counts as learnt at the first epoch with |a − y| below this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdText</name>
    <message>
        <source>Run {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {number} ({label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{run}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|a − y| &lt; {threshold} at epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet (epoch {epoch} shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached in {epochs} epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached in 1 epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached by epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run {slow} needs {ratio}× the epochs of run {fast}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run {slow} needs ≥ {ratio}× the epochs of run {fast}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs 1 and 2 reached it together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run {fast} reached it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither run has reached it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither run reached it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quadratic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>η = {eta}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>Timeline: drag to any computed epoch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>cost C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight and bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = σ(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewCommands</name>
    <message>
        <source>Comparing the book&apos;s rule (steps by dC/da) with the true gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start w₀ = {w}, b₀ = {b} from the speed map: press Run or Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight and bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large plot: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WholeField</name>
    <message>
        <source>{name} must be a whole number ({low} to {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhySlowPanel</name>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = σ(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}: {cost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ(z) and its slope σ′(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flat:
σ′ &lt; {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factors of ∂C/∂w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|∂C/∂w| per epoch (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|∂C/∂w|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Run from the values set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop, keeping what was computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One epoch forward (computes it if needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One epoch back (shows the stored state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 10 epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 10 epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run to the &amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the remaining epochs at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to the values set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New run from the spinbox values, paused at epoch 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the curves ahead of the cursor; draw your guess on the cost plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare two runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two runs from the same start, played together: the other cost, or your own second column of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book rule vs true gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the book&apos;s published cross-entropy animation (steps by dC/da) with the true gradient, from the same start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why slow?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show why learning is slow: σ and its slope, the gradient&apos;s factors, formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost &amp;landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C(w, b) with the descent path: where the plateau is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-&amp;speed map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs to learn from every start, for both costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chapter&apos;s exercises: the two cross-entropy forms, σ′ = σ(1 − σ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text, lines and diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;maller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;large plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the next plot the large one (cost, w and b, output): on a small screen at a large scale it is the one that stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Neuron Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, license, and the book chapter this app teaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme, scale, language, window size, recent files: back to the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .neuronlab experiment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save experiment &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the run as PNG, SVG, PDF, CSV or animated GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the figure as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowExports</name>
    <message>
        <source>Nothing to export yet: run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GIF is still being made; export again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy yet: run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the figure: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowGifExport</name>
    <message>
        <source>Drawing the frames…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding the GIF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowSettings</name>
    <message>
        <source>Reset settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset every setting to its default: theme, presentation scale, language, window size, recent files, export folder and the last experiment? The experiment on screen stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings reset to their defaults.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Quadratic, good start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadratic cost from a good start (w = 0.6, b = 0.9): learns fast from the first epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadratic, saturated start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadratic cost from a saturated start (w = b = 2): σ&apos;(z) is tiny, so it crawls for ~150 epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy, good start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy cost from a good start, true gradient: σ&apos;(z) cancels, the error alone drives learning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy, saturated start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy cost from the saturated start, true gradient: no slowdown, a large error learns fastest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book&apos;s animation, good start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book&apos;s published cross-entropy animation (η = 0.005, steps by dC/da = 1/(1 − a)) from the good start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book&apos;s animation, saturated start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book&apos;s published cross-entropy animation (η = 0.005, steps by dC/da = 1/(1 − a)) from the saturated start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qt_window</name>
    <message>
        <source>This is the largest size that fits this screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
