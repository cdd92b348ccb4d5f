package dev.ixls.eclipse.e2e;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.tm4e.ui.text.TMPresentationReconciler;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Drives a running Eclipse workbench for scripts/e2e-eclipse.sh, from inside: once the workbench
 * is up ({@link IStartup}), it makes projects from the repository's fixtures, opens them the way a
 * user does, checks what the ixls plugin, LSP4E and TM4E show, writes one verdict per check
 * ({@link Results}) and closes the workbench. System properties:
 * {@code ixls.e2e.results} (the verdict file; without it the driver does nothing),
 * {@code ixls.e2e.phase} ({@code en}: everything; {@code ja}: the Japanese diagnostics),
 * {@code ixls.e2e.fixtures} (test-fixtures/), {@code ixls.e2e.outside} (a folder outside the
 * workspace with an AWS sample), {@code ixls.e2e.screenshot} (the PNG to write).
 */
public final class Driver implements IStartup {

    private static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";
    private static final String LSP_MARKER = "org.eclipse.lsp4e.diagnostic";
    private static final String IX_CONFIG = "dev.ixls.eclipse.ixConfig";
    private static final String AWS_SAMPLE = "dev.ixls.eclipse.awsSample";
    private static final String IX_SHOW = "dev.ixls.eclipse.ixShow";
    private static final String IX_SHOW_LOG = "dev.ixls.eclipse.ixShowLog";
    private static final String PREFERENCE_PAGE = "dev.ixls.eclipse.preferences";
    private static final String SAMPLE = "vpn-0a1b2c3d4e5f67890.txt";
    private static final Duration SERVER_WAIT = Duration.ofSeconds(60);

    private Results results;
    private Path fixtures;

    @Override
    public void earlyStartup() {
        String file = System.getProperty("ixls.e2e.results");
        if (file == null) {
            return;
        }
        results = new Results(Path.of(file));
        fixtures = Path.of(System.getProperty("ixls.e2e.fixtures"));
        Thread driver = new Thread(this::run, "ixls-e2e-driver");
        driver.setDaemon(true);
        driver.start();
    }

    private void run() {
        try {
            IWorkbenchWindow window = Ui.poll(Duration.ofSeconds(60),
                    () -> syncQuietly(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow()));
            if (window == null) {
                results.fail("workbench window", "no workbench window within 60 s");
                return;
            }
            // Xvfb has no window manager to maximize with: the window takes the whole screen itself.
            Ui.run(() -> window.getShell().setBounds(window.getShell().getDisplay().getPrimaryMonitor().getClientArea()));
            bundlesResolved();
            switch (System.getProperty("ixls.e2e.phase", "en")) {
                case "ja" -> japanese(window);
                case "no-lsp4e" -> withoutLsp4e(window);
                default -> english(window);
            }
        } catch (Throwable t) {
            results.fail("driver", t);
        } finally {
            results.done();
            Display.getDefault().asyncExec(() -> {
                for (IWorkbenchWindow w : PlatformUI.getWorkbench().getWorkbenchWindows()) {
                    for (IWorkbenchPage p : w.getPages()) {
                        p.closeAllEditors(false);
                    }
                }
                PlatformUI.getWorkbench().close();
            });
        }
    }

    // --- the two launches ---

    private void english(IWorkbenchWindow window) throws Exception {
        // First, alone in the workspace (LSP4E runs one ixls server for all projects; it must stop
        // and start again for a changed setting): the preference page.
        IProject prefsProject = project("prefs");
        IFile linked = copy(prefsProject, "e2e/ix-aws.ix", "ix-aws.ix");
        preferences(window, linked);

        IProject project = project("e2e");
        IFile config = copy(project, "lsp/e2e/seed-typo.ix", "seed-typo.ix");
        IFile sample = copy(project, "e2e/" + SAMPLE, SAMPLE);
        // This router's ASN for samples that leave it as a placeholder, set before the server starts.
        InstanceScope.INSTANCE.getNode("dev.ixls.eclipse").put("generate.localAsn", "65010");
        ITextEditor editor = open(window, config, IX_CONFIG);
        markers(config, "en");
        colours(editor);
        completion(editor);
        hover(editor);
        screenshot(window, editor);
        generateConfig(window, project, sample, "");
        // A sample saved under another name, pasted with its header and line breaks lost: known by content.
        IFile byContent = copy(project, "lsp/e2e/downloaded-sample.txt", "my-aws-download.txt");
        generateConfig(window, project, byContent, " (a sample named by content)");
        transcript(window, project);
        // AWS's documented Cisco IOS BGP sample shows YOUR_BGP_ASN: Generate takes the preference's ASN.
        IFile docSample = copy(project, "aws/cisco-ios-doc-placeholders.txt", "aws-doc-bgp-sample.txt");
        IFile fromDoc = generateConfig(window, project, docSample, " (YOUR_BGP_ASN, this router's ASN from the preferences)");
        if (fromDoc != null) {
            String text = Files.readString(fromDoc.getLocation().toFile().toPath());
            results.check(text.contains("router bgp 65010"), "code action: 'router bgp 65010' from the preference",
                    text.lines().filter(l -> l.startsWith("router bgp")).findFirst().orElse("no router bgp line"));
        }
        InstanceScope.INSTANCE.getNode("dev.ixls.eclipse").remove("generate.localAsn");
    }

    private void japanese(IWorkbenchWindow window) throws Exception {
        IContentType type = Platform.getContentTypeManager().getContentType(IX_CONFIG);
        results.check(type != null && isJapanese(type.getName()), "content type name in Japanese",
                type == null ? "no content type " + IX_CONFIG : type.getName());
        IProject project = project("e2e-ja");
        IFile config = copy(project, "lsp/e2e/seed-typo.ix", "seed-typo.ix");
        open(window, config, IX_CONFIG);
        markers(config, "ja");
        placeholderAsnUnset(window, project);
    }

    /**
     * Generate on AWS's documented sample (YOUR_BGP_ASN) with no ASN in the preferences: nothing is
     * written, and the user is told, in Japanese, where to set it. LSP4E drops the error of a code
     * action's command, so the server sends the message itself.
     */
    private void placeholderAsnUnset(IWorkbenchWindow window, IProject project) throws Exception {
        IFile sample = copy(project, "aws/cisco-ios-doc-placeholders.txt", "aws-doc-bgp-sample.txt");
        ITextEditor editor = open(window, sample, AWS_SAMPLE);
        ITextViewer viewer = viewer(editor);
        ICompletionProposal generate = generateProposal(viewer);
        results.check(generate != null, "customer ASN: 'Generate IX config' offered on a sample showing YOUR_BGP_ASN",
                generate == null ? "not offered within " + SERVER_WAIT.toSeconds() + " s" : generate.getDisplayString());
        if (generate == null) {
            return;
        }
        List<String> before = ixFiles(project);
        Shell workbenchShell = window.getShell();
        Ui.run(() -> {
            closePopups(workbenchShell);
            generate.apply(viewer.getDocument());
        });
        String told = Ui.poll(Duration.ofSeconds(60), () -> syncQuietly(() -> {
            for (Shell shell : Display.getDefault().getShells()) {
                if (shell != workbenchShell && shell.isVisible() && texts(shell).contains("YOUR_BGP_ASN")) {
                    return texts(shell).strip();
                }
            }
            return null;
        }));
        Ui.sleep(2000); // a file, had one been written, would be there by now
        results.check(told != null && told.contains("generate.localAsn") && told.contains("NEC IX (ixls)")
                && isJapanese(told) && ixFiles(project).equals(before),
                "customer ASN: without the preference nothing is written and the user is told where to set it",
                (told == null ? "no message within 60 s" : told) + "; .ix files: " + ixFiles(project));
        Ui.run(() -> closePopups(workbenchShell));
    }

    /** Ctrl+1 at the top of a sample: the "Generate IX config" proposal, once the server offers it. */
    private ICompletionProposal generateProposal(ITextViewer viewer) throws Exception {
        IQuickAssistAssistant assistant = ((ISourceViewerExtension3) viewer).getQuickAssistAssistant();
        TextInvocationContext context = new TextInvocationContext((ISourceViewer) viewer, 0, 0);
        return Ui.poll(SERVER_WAIT, () -> syncQuietly(() -> {
            ICompletionProposal[] proposals = assistant.getQuickAssistProcessor().computeQuickAssistProposals(context);
            return proposals == null ? null : Arrays.stream(proposals)
                    .filter(p -> p.getDisplayString().startsWith("Generate IX config")
                            || p.getDisplayString().startsWith("IX 設定")).findFirst().orElse(null);
        }));
    }

    /**
     * An Eclipse without LSP4E: the plugin still resolves, files open coloured, and the user is
     * told what is missing (a notification and an error in the Error Log), instead of nothing happening.
     */
    private void withoutLsp4e(IWorkbenchWindow window) throws Exception {
        IProject project = project("no-lsp4e");
        IFile config = copy(project, "lsp/e2e/seed-typo.ix", "seed-typo.ix");
        ITextEditor editor = open(window, config, IX_CONFIG);
        colours(editor);
        Shell workbenchShell = window.getShell();
        String notice = Ui.poll(Duration.ofSeconds(60), () -> syncQuietly(() -> {
            for (Shell shell : Display.getDefault().getShells()) {
                if (shell != workbenchShell && shell.isVisible()) {
                    String text = texts(shell);
                    if (text.contains("LSP4E")) {
                        return shell.getText() + ": " + text;
                    }
                }
            }
            return null;
        }));
        results.check(notice != null && notice.contains("Install New Software"),
                "the user is told that LSP4E is missing and what to install", notice == null ? "no notice within 60 s" : notice);
        Path log = Path.of(Platform.getLogFileLocation().toOSString());
        String logged = Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        results.check(logged.contains("!ENTRY dev.ixls.eclipse 4") && logged.contains("needs LSP4E"),
                "an error about the missing LSP4E in the Error Log", logged.isEmpty() ? "no log at " + log
                        : logged.lines().filter(l -> l.contains("LSP4E")).findFirst().orElse("no entry about LSP4E"));
        Ui.run(() -> closePopups(workbenchShell));
    }

    /** The texts of a shell's labels and text fields, for finding a notice by its words. */
    private static String texts(Control control) {
        StringBuilder out = new StringBuilder();
        if (control instanceof org.eclipse.swt.widgets.Label label) {
            out.append(label.getText()).append(' ');
        } else if (control instanceof org.eclipse.swt.widgets.Text text) {
            out.append(text.getText()).append(' ');
        } else if (control instanceof org.eclipse.swt.widgets.Link link) {
            out.append(link.getText()).append(' ');
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                out.append(texts(child));
            }
        }
        return out.toString();
    }

    // --- checks ---

    private void bundlesResolved() {
        Bundle self = FrameworkUtil.getBundle(Driver.class);
        List<String> unresolved = new ArrayList<>();
        String ixls = null;
        for (Bundle b : self.getBundleContext().getBundles()) {
            if (b.getState() == Bundle.INSTALLED) {
                unresolved.add(b.getSymbolicName() + " " + b.getVersion());
            }
            if ("dev.ixls.eclipse".equals(b.getSymbolicName())) {
                ixls = b.getVersion() + " state " + b.getState();
            }
        }
        results.check(unresolved.isEmpty(), "bundles: all resolved",
                unresolved.isEmpty() ? self.getBundleContext().getBundles().length + " bundles" : "unresolved: " + unresolved);
        results.check(ixls != null, "bundles: dev.ixls.eclipse installed", String.valueOf(ixls));
    }

    /** Opens a file as a user does (its default editor) and checks it is the Generic Editor with the right content type. */
    private ITextEditor open(IWorkbenchWindow window, IFile file, String contentTypeId) throws Exception {
        IContentDescription description = file.getContentDescription();
        String type = description == null || description.getContentType() == null ? "none"
                : description.getContentType().getId();
        results.check(contentTypeId.equals(type), "content type of " + file.getName(), type);
        IEditorDescriptor defaultEditor = PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor(file.getName(),
                description == null ? null : description.getContentType());
        IEditorPart part = Ui.sync(() -> IDE.openEditor(window.getActivePage(), file));
        String editorId = part == null ? "none" : part.getSite().getId();
        results.check(GENERIC_EDITOR.equals(editorId) && defaultEditor != null && GENERIC_EDITOR.equals(defaultEditor.getId()),
                "editor: " + file.getName() + " opens in the Generic Editor",
                "opened in " + editorId + ", default editor " + (defaultEditor == null ? "none" : defaultEditor.getId()));
        if (!(part instanceof ITextEditor editor)) {
            throw new IllegalStateException(file.getName() + " did not open in a text editor: " + part);
        }
        return editor;
    }

    private record Found(String code, int line, int severity, String message) {
        @Override
        public String toString() {
            return code + "@" + line + "/" + severityName(severity);
        }
    }

    private record Expected(String code, int line, String severity, String en, String ja) {
    }

    /** The server's diagnostics as LSP4E markers: codes, lines and severities, and messages in the launch's language. */
    private void markers(IFile file, String language) throws Exception {
        List<Expected> expected = new ArrayList<>();
        for (String line : Files.readAllLines(fixtures.resolve("lsp/e2e/seed-typo.markers.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            expected.add(new Expected(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4]));
        }
        List<Found> found = Ui.poll(SERVER_WAIT, () -> {
            List<Found> now = found(file);
            return expected.stream().allMatch(e -> matches(now, e)) ? now : null;
        });
        if (found == null) {
            found = found(file);
        }
        String all = found.toString();
        for (Expected e : expected) {
            Found f = found.stream().filter(x -> x.code().equals(e.code()) && x.line() == e.line()
                    && severityName(x.severity()).equals(e.severity())).findFirst().orElse(null);
            results.check(f != null, "marker " + e.code() + " on line " + e.line() + " (" + e.severity() + ")",
                    f != null ? f.message() : "markers after " + SERVER_WAIT.toSeconds() + " s: " + all);
            if (f != null) {
                String piece = "ja".equals(language) ? e.ja() : e.en();
                boolean rightLanguage = f.message().contains(piece) && ("ja".equals(language) == isJapanese(f.message()));
                results.check(rightLanguage, e.code() + " message in " + ("ja".equals(language)
                        ? "Japanese" : "English"), f.message());
            }
        }
        List<Found> otherErrors = found.stream().filter(x -> x.severity() == IMarker.SEVERITY_ERROR
                && expected.stream().noneMatch(e -> e.code().equals(x.code()) && e.line() == x.line())).toList();
        results.check(!found.isEmpty() && otherErrors.isEmpty(), "no other error markers",
                otherErrors.isEmpty() ? all : "unexpected: " + otherErrors);
    }

    private static boolean matches(List<Found> found, Expected e) {
        return found.stream().anyMatch(x -> x.code().equals(e.code()) && x.line() == e.line());
    }

    private static List<Found> found(IFile file) {
        List<Found> out = new ArrayList<>();
        try {
            for (IMarker m : file.findMarkers(LSP_MARKER, true, IResource.DEPTH_ZERO)) {
                Object d = m.getAttribute("lspDiagnostic");
                String code = "?";
                if (d instanceof Diagnostic diagnostic && diagnostic.getCode() != null) {
                    code = diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft()
                            : String.valueOf(diagnostic.getCode().getRight());
                }
                out.add(new Found(code, m.getAttribute(IMarker.LINE_NUMBER, -1), m.getAttribute(IMarker.SEVERITY, -1),
                        m.getAttribute(IMarker.MESSAGE, "")));
            }
        } catch (CoreException e) {
            // The file went away: no markers.
        }
        return out;
    }

    /** TM4E colours the file with the plugin's grammar: a command keyword and a comment get their own colours. */
    private void colours(ITextEditor editor) throws Exception {
        ITextViewer viewer = viewer(editor);
        String scope = Ui.sync(() -> {
            TMPresentationReconciler reconciler = TMPresentationReconciler.getTMPresentationReconciler(viewer);
            return reconciler == null || reconciler.getGrammar() == null ? "none" : reconciler.getGrammar().getScopeName();
        });
        results.check(scope.startsWith("source.nec-ix"), "colours: TM4E grammar source.nec-ix", scope);
        IDocument doc = viewer.getDocument();
        int keyword = doc.get().indexOf("ike policy ike-policy1");
        int comment = 0; // "! NEC IX config ..."
        String[] styles = Ui.poll(Duration.ofSeconds(30), () -> syncQuietly(() -> {
            StyledText text = viewer.getTextWidget();
            StyleRange k = text.getStyleRangeAtOffset(widgetOffset(viewer, keyword));
            StyleRange c = text.getStyleRangeAtOffset(widgetOffset(viewer, comment));
            if (k == null || c == null || k.foreground == null || c.foreground == null) {
                return null;
            }
            return new String[] { rgb(k.foreground), rgb(c.foreground), rgb(text.getForeground()) };
        }));
        results.check(styles != null && !styles[0].equals(styles[1]) && !styles[0].equals(styles[2]),
                "colours: 'ike' (keyword.other.command) styled apart from a comment and plain text",
                styles == null ? "no foreground on the keyword or the comment within 30 s"
                        : "keyword " + styles[0] + ", comment " + styles[1] + ", plain " + styles[2]);
    }

    /** Ctrl+Space where an IKE policy name goes: the Generic Editor's proposal list holds the config's policies. */
    private void completion(ITextEditor editor) throws Exception {
        ITextViewer viewer = viewer(editor);
        IDocument doc = viewer.getDocument();
        int offset = doc.getLineOffset(8) + "ike keepalive ".length();
        Shell workbenchShell = Ui.sync(() -> editor.getSite().getShell());
        Ui.run(() -> {
            editor.getSite().getPage().activate(editor);
            viewer.setSelectedRange(offset, 0);
            viewer.revealRange(offset, 0);
            editor.getSite().getService(IHandlerService.class)
                    .executeCommand("org.eclipse.ui.edit.text.contentAssist.proposals", null);
        });
        List<String> items = Ui.poll(Duration.ofSeconds(30), () -> syncQuietly(() -> {
            List<String> texts = popupTableItems(workbenchShell);
            return texts.stream().anyMatch(t -> t.contains("ike-policy1")) ? texts : null;
        }));
        List<String> seen = items != null ? items : Ui.sync(() -> popupTableItems(workbenchShell));
        results.check(items != null, "completion: proposals in the Generic Editor hold the policy names",
                seen.isEmpty() ? "no proposal popup" : seen.stream().limit(8).collect(Collectors.joining(", ")));
        Ui.run(() -> closePopups(workbenchShell));
    }

    /** Hovering a command: the Generic Editor's hover (from LSP4E) shows the server's documentation. */
    private void hover(ITextEditor editor) throws Exception {
        ITextViewer viewer = viewer(editor);
        int offset = viewer.getDocument().get().indexOf("ike policy ike-policy1") + 1;
        Method getTextHover = TextViewer.class.getDeclaredMethod("getTextHover", int.class, int.class);
        getTextHover.setAccessible(true);
        ITextHover hover = Ui.sync(() -> (ITextHover) getTextHover.invoke(viewer, offset,
                ITextViewerExtension2.DEFAULT_HOVER_STATE_MASK));
        if (hover == null) {
            results.fail("hover: the server's documentation", "the Generic Editor has no text hover here");
            return;
        }
        IRegion region = hover.getHoverRegion(viewer, offset);
        String text = Ui.poll(Duration.ofSeconds(30), () -> {
            Object info = hover instanceof ITextHoverExtension2 h2 ? h2.getHoverInfo2(viewer, region)
                    : hover.getHoverInfo(viewer, region);
            if (info instanceof Map<?, ?> map) {
                info = map.values().stream().filter(String.class::isInstance).findFirst().orElse(null);
            }
            return info instanceof String s && s.toLowerCase(Locale.ROOT).contains("ike") ? s : null;
        });
        results.check(text != null, "hover: the server's documentation for 'ike policy'",
                text == null ? "no hover text within 30 s" : text.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
    }

    /** The workbench with the markers, as a user sees it: the editor and the Problems view. */
    private void screenshot(IWorkbenchWindow window, ITextEditor editor) throws Exception {
        String png = System.getProperty("ixls.e2e.screenshot");
        if (png == null) {
            return;
        }
        IDocument doc = viewer(editor).getDocument();
        int line9 = doc.getLineOffset(8);
        IViewPart problems = Ui.sync(() -> window.getActivePage().showView("org.eclipse.ui.views.ProblemView"));
        Ui.run(() -> {
            window.getActivePage().activate(editor);
            editor.selectAndReveal(line9, 0);
        });
        // Its groups (Errors, Warnings, Infos) opened, as a user would; the view keeps its tree to
        // itself and refreshes in the background, so open them again until it has settled.
        Method getViewer = null;
        for (Class<?> c = problems.getClass(); c != null && getViewer == null; c = c.getSuperclass()) {
            getViewer = Arrays.stream(c.getDeclaredMethods()).filter(m -> m.getName().equals("getViewer")
                    && m.getParameterCount() == 0).findFirst().orElse(null);
        }
        if (getViewer != null) {
            getViewer.setAccessible(true);
            Method viewerOf = getViewer;
            for (int i = 0; i < 4; i++) {
                Ui.run(() -> {
                    if (viewerOf.invoke(problems) instanceof AbstractTreeViewer tree) {
                        tree.expandToLevel(2);
                    }
                });
                Ui.sleep(1000);
            }
        }
        Ui.sleep(3000); // let the views fill and paint
        Process p = new ProcessBuilder("import", "-window", "root", png).redirectErrorStream(true).start();
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Path file = Path.of(png);
        results.check(ended && p.exitValue() == 0 && Files.isRegularFile(file) && Files.size(file) > 10_000,
                "screenshot: " + file.getFileName(), Files.isRegularFile(file) ? Files.size(file) + " bytes" : out);
    }

    /**
     * Ctrl+1 on an AWS sample offers "Generate IX config"; taking it writes a config that has no
     * error markers, which is returned (null when a check failed before). {@code which} tells the
     * checks of one sample from another's.
     */
    private IFile generateConfig(IWorkbenchWindow window, IProject project, IFile sample, String which) throws Exception {
        ITextEditor editor = open(window, sample, AWS_SAMPLE);
        ITextViewer viewer = viewer(editor);
        ICompletionProposal generate = generateProposal(viewer);
        results.check(generate != null, "code action: 'Generate IX config' offered on the AWS sample" + which,
                generate == null ? "not offered within " + SERVER_WAIT.toSeconds() + " s" : generate.getDisplayString());
        if (generate == null) {
            return null;
        }
        List<String> before = ixFiles(project);
        Ui.run(() -> {
            closePopups(editor.getSite().getShell());
            generate.apply(viewer.getDocument());
        });
        IFile generated = Ui.poll(Duration.ofSeconds(60), () -> {
            try {
                project.refreshLocal(IResource.DEPTH_INFINITE, null);
                for (IResource r : project.members()) {
                    if (r instanceof IFile f && f.getName().endsWith(".ix") && !before.contains(f.getName())
                            && f.getLocation().toFile().length() > 0) {
                        return f;
                    }
                }
            } catch (CoreException e) {
                // try again
            }
            return null;
        });
        results.check(generated != null, "code action: a new IX config written beside the sample" + which,
                generated == null ? "no new .ix file in 60 s; files: " + ixFiles(project) : generated.getName());
        if (generated == null) {
            return null;
        }
        open(window, generated, IX_CONFIG);
        // The converted sample offers AWS's 1024-bit group, which the server notes (IX207): once that
        // marker is there the server has checked the file; then there must be no error.
        List<Found> found = Ui.poll(SERVER_WAIT, () -> {
            List<Found> now = found(generated);
            return now.stream().anyMatch(f -> f.code().equals("IX207")) ? now : null;
        });
        if (found != null) {
            Ui.sleep(2000);
            found = found(generated);
        }
        List<Found> errors = found == null ? List.of() : found.stream().filter(f -> f.severity() == IMarker.SEVERITY_ERROR).toList();
        results.check(found != null && errors.isEmpty(), "code action: the generated config has no error markers" + which,
                found == null ? "the server never checked it (no markers in " + SERVER_WAIT.toSeconds() + " s)"
                        : "markers: " + found);
        return generated;
    }

    /**
     * A transcript of the router's show output, beside its config and the AWS sample (already in
     * the project) as in the VS Code e2e: it opens as one, and the server diagnoses the tunnel that
     * is down, once (IX702 on the line with the phase 1 hash errors). A session log saved as .log
     * is told a transcript by content, with the server's detector, though it starts with show
     * running-config. (A second copy of the sample in the workspace would diagnose each tunnel
     * once per copy.)
     */
    private void transcript(IWorkbenchWindow window, IProject project) throws Exception {
        copy(project, "e2e/ix-aws.ix", "ix-aws.ix");
        IFile transcript = copy(project, "e2e/ix-aws-show.ixlog", "ix-aws-show.ixlog");
        open(window, transcript, IX_SHOW);
        List<Found> found = Ui.poll(SERVER_WAIT, () -> {
            List<Found> now = found(transcript);
            return now.stream().anyMatch(f -> f.code().equals("IX702")) ? now : null;
        });
        if (found != null) {
            Ui.sleep(2000); // a late second publication would show now
            found = found(transcript);
        }
        results.check(found != null && found.size() == 1 && found.get(0).code().equals("IX702")
                && found.get(0).line() == 31 && found.get(0).severity() == IMarker.SEVERITY_ERROR,
                "transcript: one marker, IX702 on line 31 (error): tunnel 2's key",
                found == null ? "markers after " + SERVER_WAIT.toSeconds() + " s: " + found(transcript) : found.toString());
        IFile log = copy(project, "show/crlf-paged-running-config.txt", "router-console.log");
        IContentDescription description = log.getContentDescription();
        String type = description == null || description.getContentType() == null ? "none"
                : description.getContentType().getId();
        results.check(IX_SHOW_LOG.equals(type), "content type of router-console.log (a transcript by content)", type);
    }

    /**
     * The preference page opens; a sample added there reaches the server when it next starts: a
     * config whose sample lies outside the workspace is then checked against it (IX503 appears).
     * The setting is taken back at the end and the server stopped, so the later checks start clean.
     */
    private void preferences(IWorkbenchWindow window, IFile config) throws Exception {
        Path outside = Path.of(System.getProperty("ixls.e2e.outside"), SAMPLE);
        ITextEditor editor = open(window, config, IX_CONFIG);
        List<Found> before = Ui.poll(SERVER_WAIT, () -> {
            List<Found> now = found(config);
            return now.stream().anyMatch(f -> f.code().equals("IX002")) ? now : null;
        });
        results.check(before != null && before.stream().noneMatch(f -> f.code().equals("IX503")),
                "preferences: before, ix-aws.ix is not checked against a sample (no IX503)",
                before == null ? "no diagnostics within " + SERVER_WAIT.toSeconds() + " s" : before.toString());

        PreferenceDialog dialog = Ui.sync(() -> {
            PreferenceDialog d = PreferencesUtil.createPreferenceDialogOn(window.getShell(), PREFERENCE_PAGE,
                    new String[] { PREFERENCE_PAGE }, null);
            d.setBlockOnOpen(false);
            d.open();
            return d;
        });
        String page = Ui.sync(() -> dialog.getSelectedPage() instanceof PreferencePage p && p.getControl() != null
                ? p.getClass().getName() + " \"" + p.getTitle() + "\"" : null);
        results.check(page != null && page.contains("IxlsPreferencePage"), "preferences: the NEC IX (ixls) page opens",
                String.valueOf(page));
        if (page == null) {
            Ui.run(dialog::close);
            return;
        }
        // The sample list: a file dialog adds to it; the driver adds to the list widget as the dialog would.
        boolean added = Ui.sync(() -> {
            Control control = ((PreferencePage) dialog.getSelectedPage()).getControl();
            org.eclipse.swt.widgets.List list = find(control, org.eclipse.swt.widgets.List.class);
            if (list == null) {
                return false;
            }
            list.add(outside.toString());
            Button ok = dialog.getShell().getDefaultButton();
            ok.notifyListeners(SWT.Selection, new Event());
            return true;
        });
        String stored = Platform.getPreferencesService().getString("dev.ixls.eclipse", "awsSamples", "", null);
        results.check(added && stored.contains(outside.toString()), "preferences: a sample added on the page is stored",
                "awsSamples = " + stored);

        // Changes apply when the server next starts: close the IX editors, wait for LSP4E to stop it, reopen.
        closeAndAwaitServerStop(window, config.getProject(), editor, "preferences: the server stops after the last editor closes");
        editor = open(window, config, IX_CONFIG);
        List<Found> after = Ui.poll(SERVER_WAIT, () -> {
            List<Found> now = found(config);
            return now.stream().anyMatch(f -> f.code().equals("IX503")) ? now : null;
        });
        results.check(after != null && after.stream().anyMatch(f -> f.code().equals("IX503") && f.line() == 17),
                "preferences: the changed setting reaches the server (IX503 on line 17 against the sample)",
                after == null ? "markers: " + found(config) : after.toString());

        InstanceScope.INSTANCE.getNode("dev.ixls.eclipse").remove("awsSamples");
        closeAndAwaitServerStop(window, config.getProject(), editor, "preferences: the server stops again");
    }

    private void closeAndAwaitServerStop(IWorkbenchWindow window, IProject project, ITextEditor editor, String check)
            throws Exception {
        Ui.run(() -> window.getActivePage().closeEditor(editor, false));
        Boolean stopped = Ui.poll(Duration.ofSeconds(60),
                () -> Lsp4e.serverRunningFor(project) ? null : Boolean.TRUE);
        results.check(stopped != null, check, stopped != null ? "stopped" : "still running after 60 s");
    }

    // --- helpers ---

    private static ITextViewer viewer(ITextEditor editor) {
        Object target = editor.getAdapter(ITextOperationTarget.class);
        if (target instanceof ITextViewer viewer) {
            return viewer;
        }
        throw new IllegalStateException("no text viewer in " + editor);
    }

    private static int widgetOffset(ITextViewer viewer, int modelOffset) {
        return viewer instanceof ITextViewerExtension5 ext ? ext.modelOffset2WidgetOffset(modelOffset) : modelOffset;
    }

    private static String rgb(Color c) {
        return c == null ? "none" : String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static List<String> popupTableItems(Shell workbenchShell) {
        List<String> texts = new ArrayList<>();
        for (Shell shell : Display.getDefault().getShells()) {
            if (shell == workbenchShell || !shell.isVisible()) {
                continue;
            }
            Table table = find(shell, Table.class);
            if (table != null) {
                for (TableItem item : table.getItems()) {
                    texts.add(item.getText());
                }
            }
        }
        return texts;
    }

    private static void closePopups(Shell workbenchShell) {
        for (Shell shell : Display.getDefault().getShells()) {
            if (shell != workbenchShell && shell.getParent() != null && !shell.isDisposed()) {
                shell.close();
            }
        }
    }

    private static <T extends Control> T find(Control control, Class<T> type) {
        if (type.isInstance(control)) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private IProject project(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        return project;
    }

    private IFile copy(IProject project, String fixture, String name) throws Exception {
        IFile file = project.getFile(name);
        try (InputStream in = Files.newInputStream(fixtures.resolve(fixture))) {
            file.create(in, true, null);
        }
        return file;
    }

    private static List<String> ixFiles(IProject project) {
        try {
            return Arrays.stream(project.members()).map(IResource::getName).filter(n -> n.endsWith(".ix")).toList();
        } catch (CoreException e) {
            return List.of();
        }
    }

    private static String severityName(int severity) {
        return switch (severity) {
            case IMarker.SEVERITY_ERROR -> "error";
            case IMarker.SEVERITY_WARNING -> "warning";
            case IMarker.SEVERITY_INFO -> "info";
            default -> "severity " + severity;
        };
    }

    private static boolean isJapanese(String s) {
        return s.codePoints().anyMatch(c -> c >= 0x3040 && c <= 0x9fff);
    }

    private static <T> T syncQuietly(java.util.concurrent.Callable<T> work) {
        try {
            return Ui.sync(work);
        } catch (Exception e) {
            return null;
        }
    }
}
