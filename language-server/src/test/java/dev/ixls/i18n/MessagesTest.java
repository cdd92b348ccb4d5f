package dev.ixls.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.analysis.RuleCatalog;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.diagnose.Cause;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The message catalogs are complete, consistent, used, and follow the glossary (docs/i18n.md). */
class MessagesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SOURCES = ROOT.resolve("language-server/src/main/java");

    /** Keys code builds rather than spells out; each pattern says which code builds it. */
    private static final List<Pattern> BUILT_KEYS = List.of(
            Pattern.compile("list\\.(or|and)(\\.separator)?"), // Messages.joined
            Pattern.compile("help\\..+") // cli.HelpText (HelpTextTest checks each)
    );

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> en = Messages.catalog(Language.EN).keySet();
        Set<String> ja = Messages.catalog(Language.JA).keySet();
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(ja);
        Set<String> onlyJa = new TreeSet<>(ja);
        onlyJa.removeAll(en);
        assertEquals(Set.of(), onlyEn, "keys missing in messages_ja.properties");
        assertEquals(Set.of(), onlyJa, "keys missing in messages_en.properties");
    }

    @Test
    void bothLanguagesFillTheSamePlaceholders() {
        List<String> differing = new ArrayList<>();
        Messages.catalog(Language.EN).forEach((key, en) -> {
            MessageTemplate ja = Messages.catalog(Language.JA).get(key);
            if (ja != null && !en.argumentNames().equals(ja.argumentNames())) {
                differing.add(key + ": en " + en.argumentNames() + ", ja " + ja.argumentNames());
            }
        });
        assertEquals(List.of(), differing);
    }

    @Test
    void everyKeyIsUsedByCode() {
        String code = allSources();
        List<String> unused = new ArrayList<>();
        for (String key : Messages.catalog(Language.EN).keySet()) {
            boolean built = BUILT_KEYS.stream().anyMatch(p -> p.matcher(key).matches());
            if (!built && !code.contains("\"" + key + "\"") && !builtFromRuleCode(key, code)) {
                unused.add(key);
            }
        }
        assertEquals(List.of(), unused, "keys no code asks for");
    }

    @Test
    void everyKeyCodeAsksForExists() {
        // Any literal that names a key of a catalog area ("IX101.undefined", "hover.block"), wherever
        // it stands: in a Messages call, a ternary choosing between two keys, a table of keys.
        Set<String> areas = new TreeSet<>();
        Messages.catalog(Language.EN).keySet().forEach(k -> areas.add(k.substring(0, k.indexOf('.'))));
        Matcher m = Pattern.compile("\"((?:" + String.join("|", areas) + ")\\.[A-Za-z0-9.]+)\"").matcher(allSources());
        Set<String> missing = new TreeSet<>();
        while (m.find()) {
            if (!Messages.catalog(Language.EN).containsKey(m.group(1))) {
                missing.add(m.group(1));
            }
        }
        assertEquals(Set.of(), missing, "keys asked for but not in the catalogs");
    }

    @Test
    void noMessageAnEditorShowsRawHoldsMarkdownBackticks() {
        // The Problems panel, quick fix menus, message boxes and terminals show text as it is; only
        // hovers and completion documentation render Markdown.
        List<String> offending = new ArrayList<>();
        for (Language language : Language.values()) {
            Messages.catalog(language).forEach((key, t) -> {
                boolean markdown = key.startsWith("hover.") || key.startsWith("completion.") || key.startsWith("snippet.");
                if (!markdown && t.source().contains("`")) {
                    offending.add(language + " " + key);
                }
            });
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void everyCountIsShownWithItsPlural() {
        // "{count} changes" would say "1 changes": a count before a noun goes through a plural form.
        Pattern bare = Pattern.compile("\\{(count|total|files|errors|warnings|fixes|changes|references)\\}\\s+[a-z]+s\\b");
        List<String> offending = new ArrayList<>();
        Messages.catalog(Language.EN).forEach((key, t) -> {
            if (bare.matcher(t.source()).find()) {
                offending.add(key + ": " + t.source());
            }
        });
        assertEquals(List.of(), offending);
    }

    @Test
    void everyRuleHasItsTitleAndReason() {
        List<String> missing = new ArrayList<>();
        for (RuleCode code : RuleCode.values()) {
            for (String part : List.of(".title", ".reason")) {
                if (!Messages.catalog(Language.EN).containsKey(code.name() + part)) {
                    missing.add(code.name() + part);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void noWordingIsSpeltOutInCode() {
        // Wording lives in the catalogs: no text pairs or language switches in code. The command
        // catalog's documentation (commands.json) comes in as data, not as literals.
        List<String> offending = new ArrayList<>();
        Pattern spelt = Pattern.compile("LocalizedText\\.of\\(\\s*\"|Language\\.JA\\s*\\?|==\\s*Language\\.JA\\b");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (spelt.matcher(lines.get(i)).find() && !p.getParent().endsWith("i18n")) {
                        offending.add(SOURCES.relativize(p) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void japaneseFollowsTheGlossary() throws IOException {
        Map<String, List<String>> avoid = Glossary.read(ROOT.resolve("docs/i18n.md"));
        assertTrue(avoid.containsKey("インタフェース"), "glossary table not found in docs/i18n.md");
        List<String> offending = new ArrayList<>();
        Messages.catalog(Language.JA).forEach((key, t) -> avoid.forEach((use, nots) -> {
            for (String not : nots) {
                if (Glossary.usesTerm(t.source(), not, use)) {
                    offending.add(key + ": '" + not + "' (use '" + use + "')");
                }
            }
        }));
        assertEquals(List.of(), offending);
    }

    @Test
    void theCommandCatalogsJapaneseFollowsTheGlossaryToo() throws IOException {
        // Hover and completion show the command catalog's documentation beside the catalogs' text.
        Map<String, List<String>> avoid = Glossary.read(ROOT.resolve("docs/i18n.md"));
        dev.ixls.catalog.CommandCatalog catalog = dev.ixls.catalog.CommandCatalog.standard();
        Map<String, String> texts = new java.util.TreeMap<>();
        catalog.commands().forEach(c -> texts.put("command " + c.id(), c.doc().ja()));
        catalog.contexts().forEach((id, label) -> texts.put("context " + id, label.ja()));
        catalog.kinds().forEach((id, kind) -> texts.put("kind " + id, kind.label().ja()));
        List<String> offending = new ArrayList<>();
        texts.forEach((where, text) -> avoid.forEach((use, nots) -> {
            for (String not : nots) {
                if (text != null && Glossary.usesTerm(text, not, use)) {
                    offending.add(where + ": '" + not + "' (use '" + use + "')");
                }
            }
        }));
        assertEquals(List.of(), offending);
    }

    @Test
    void theGlossaryTellsAVariantFromThePreferredTerm() {
        assertTrue(Glossary.usesTerm("インターフェースの設定", "インターフェース", "インタフェース"));
        assertFalse(Glossary.usesTerm("事前共有鍵が違います", "共有鍵", "事前共有鍵"));
        assertTrue(Glossary.usesTerm("共有鍵が違います", "共有鍵", "事前共有鍵"));
        assertFalse(Glossary.usesTerm("BGP ネイバーを追加", "ネイバ", "ネイバー"));
        assertFalse(Glossary.usesTerm("ルートマップ `x`", "ルート", "経路"));
        assertTrue(Glossary.usesTerm("ルートを追加", "ルート", "経路"));
    }

    /**
     * Title and reason are read from the code ({@link RuleCode#title}: {@code IX001.title}): by
     * {@code Rule} for every rule in the catalog, by {@code Cause} for every code of ixls diagnose.
     */
    private static boolean builtFromRuleCode(String key, String code) {
        Matcher m = Pattern.compile("(IX\\d{3})\\.(title|reason)").matcher(key);
        return m.matches() && RuleCode.parse(m.group(1))
                .filter(c -> c.isDiagnosis() ? Cause.all().stream().anyMatch(x -> x.code() == c)
                        : RuleCatalog.byCode(c).isPresent())
                .isPresent();
    }

    private static String allSources() {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }
}
