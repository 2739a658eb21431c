package kz.edufusion.skills.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the skills of a dictionary in a text (a vacancy, a learning outcome, a course description) in
 * Kazakh, Russian, English or a mix: strips HTML, tokenizes and stems word by word in each word's own
 * language, cuts the text into sections, matches the longest terms and scores each skill. Spans point at
 * the text as given, markup included. Thread-safe; build one per dictionary and share it.
 */
public final class SkillExtractor {

    /**
     * The score threshold chosen on the labeled dev set (best F1 on the score curve of SkillExtractionQualityTest
     * when chosen; 0.55 is slightly ahead since broader concepts give their shared terms to the narrower skills,
     * at much lower recall, see docs/benchmarks.md): below it are only single weak mentions, a nice-to-have line
     * or a term inside a longer one. Results keep
     * every skill with its score; callers that want the precise set keep those at or above this.
     */
    public static final double OPERATING_POINT = 0.40;

    private final SkillDictionary dictionary;
    private final Tokenizer tokenizer;
    private final TermMatcher matcher;
    private final Sectioner sectioner = new Sectioner();
    private final SkillScorer scorer = new SkillScorer();

    public SkillExtractor(SkillDictionary dictionary) {
        this.dictionary = dictionary;
        this.tokenizer = dictionary.tokenizer();
        this.matcher = new TermMatcher(dictionary);
    }

    public Extraction extract(String text, Language requested) {
        return extract(text, requested, List.of());
    }

    /**
     * @param requested the language of the labels to return; ANY picks the text's main language
     * @param tags      the employer's own skill tags for this document, if any: more evidence
     */
    public Extraction extract(String text, Language requested, Collection<String> tags) {
        HtmlText html = HtmlText.of(text);
        String plain = html.text();
        List<Token> tokens = tokenizer.tokenize(plain);
        List<Sectioner.Section> sections = sectioner.sections(plain);
        Set<Integer> tagged = taggedSkills(tags);
        Map<Integer, Evidence> found = new HashMap<>();
        int section = 0;
        for (TermMatcher.Match match : matcher.matches(tokens)) {
            Token first = tokens.get(match.first());
            while (section < sections.size() - 1 && sections.get(section).end() < first.start()) {
                section++;
            }
            Sectioner.Kind kind = sections.get(section).kind();
            if (kind.weight == 0) {
                continue;
            }
            Token last = tokens.get(match.last());
            Span span = html.original(first.start(), last.end());
            for (SkillDictionary.Entry entry : match.entries()) {
                boolean confirmed = tagged.contains(entry.skill());
                if (!confirmed && (entry.tagOnly()
                        || (entry.ambiguous() && !Ambiguity.writtenLikeCode(plain, tokens, match.first(), match.last())))) {
                    continue;
                }
                Evidence evidence = found.computeIfAbsent(entry.skill(), s -> new Evidence());
                double weight = scorer.occurrence(entry.kind(), kind.weight) * (match.nested() ? SkillScorer.NESTED : 1);
                if (weight > evidence.bestWeight) {
                    evidence.bestWeight = weight;
                    evidence.reason = "matched " + entry.kind().name().toLowerCase(Locale.ROOT) + " '" + entry.text()
                            + "' (" + (first.codeLike() ? "as code" : first.language().code() + " stem") + ")"
                            + (match.nested() ? " inside a longer term" : "") + " in " + kind.title;
                }
                evidence.weight += weight;
                evidence.spans.add(span);
            }
        }
        for (Integer skill : tagged) {
            Evidence evidence = found.computeIfAbsent(skill, s -> new Evidence());
            evidence.weight += SkillScorer.TAG_EVIDENCE;
            evidence.tagged = true;
        }
        Language labels = requested == Language.ANY ? mainLanguage(tokens) : requested;
        List<ExtractedSkill> skills = new ArrayList<>(found.size());
        found.forEach((index, evidence) -> {
            SkillDictionary.Skill skill = dictionary.skill(index);
            skills.add(new ExtractedSkill(skill.uri(), SkillDictionary.label(skill, labels), scorer.score(evidence.weight),
                    evidence.spans, evidence.tagged, evidence.explanation()));
        });
        skills.sort(Comparator.comparingDouble(ExtractedSkill::score).reversed().thenComparing(ExtractedSkill::label));
        return new Extraction(skills);
    }

    private Set<Integer> taggedSkills(Collection<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return Set.of();
        }
        Set<Integer> skills = new HashSet<>();
        for (String tag : tags) {
            int node = 0;
            for (Token token : tokenizer.tokenize(tag)) {
                int id = dictionary.tokenId(token.stem());
                node = id < 0 ? -1 : dictionary.child(node, id);
                if (node < 0) {
                    break;
                }
            }
            SkillDictionary.Entry[] entries = node <= 0 ? null : dictionary.terminal(node);
            if (entries != null) {
                for (SkillDictionary.Entry entry : entries) {
                    skills.add(entry.skill());
                }
            }
        }
        return skills;
    }

    private static Language mainLanguage(List<Token> tokens) {
        Map<Language, Integer> counts = new EnumMap<>(Language.class);
        for (Token token : tokens) {
            if (token.language() != Language.ANY) {
                counts.merge(token.language(), token.language() == Language.KK ? 3 : 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Language.EN);
    }

    /** What was found for one skill so far. */
    private static final class Evidence {
        double weight;
        double bestWeight;
        boolean tagged;
        String reason;
        final List<Span> spans = new ArrayList<>(2);

        String explanation() {
            if (reason == null) {
                return "named in the employer's tags only";
            }
            String text = reason;
            if (spans.size() > 1) {
                text += "; " + spans.size() + " mentions";
            }
            return tagged ? text + "; confirmed by an employer tag" : text;
        }
    }
}
