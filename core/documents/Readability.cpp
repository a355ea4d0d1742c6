// SPDX-License-Identifier: GPL-3.0-or-later
#include "Readability.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace traject {

namespace {

/// The basic word list, read once from the resources.
const QSet<QString> &basicWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> read;
        QFile file(QStringLiteral(":/wordlists/basiswoorden-nl.txt"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return read;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QString word = line.trimmed();
            if (!word.isEmpty() && !word.startsWith(QLatin1Char('#')))
                read.insert(word.toLower());
        }
        return read;
    }();
    return words;
}

bool isTerminator(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')
        || c == QChar(0x2026); // …
}

/// What may follow a sentence's final punctuation: a closing bracket or quote.
bool isClosing(QChar c)
{
    static const QString closing = QStringLiteral(")]\"'\u2019\u201D\u00BB");
    return closing.contains(c);
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

/// Whether the '.' at `dot` ends an abbreviation (d.w.z., bv., an initial) rather than a sentence.
bool endsAbbreviation(const QString &line, qsizetype dot)
{
    qsizetype start = dot;
    while (start > 0 && !line.at(start - 1).isSpace() && line.at(start - 1) != QLatin1Char('(')
           && line.at(start - 1) != QLatin1Char('"') && line.at(start - 1) != QChar(0x201C))
        --start;
    const QString token = line.mid(start, dot - start + 1);
    // An initial: one capital and a dot ("J. Peeters").
    if (token.size() == 2 && token.at(0).isUpper())
        return true;
    static const QRegularExpression letterDots(QStringLiteral("^(\\p{L}\\.){2,}$"));
    const QString lower = token.toLower();
    if (letterDots.match(lower).hasMatch())
        return true;
    static const QSet<QString> known {
        QStringLiteral("bv."),     QStringLiteral("bijv."), QStringLiteral("enz."),
        QStringLiteral("etc."),    QStringLiteral("ca."),   QStringLiteral("nl."),
        QStringLiteral("vb."),     QStringLiteral("nr."),   QStringLiteral("tel."),
        QStringLiteral("dhr."),    QStringLiteral("mevr."), QStringLiteral("mw."),
        QStringLiteral("mr."),     QStringLiteral("dr."),   QStringLiteral("incl."),
        QStringLiteral("excl."),   QStringLiteral("min."),  QStringLiteral("max."),
        QStringLiteral("evt."),    QStringLiteral("ong."),  QStringLiteral("blz."),
        QStringLiteral("resp."),   QStringLiteral("vs."),   QStringLiteral("st."),
        QStringLiteral("no."),     QStringLiteral("mrs."),  QStringLiteral("ms."),
        QStringLiteral("approx."),
    };
    return known.contains(lower);
}

/// A web or e-mail address: not a word.
const QRegularExpression &addressPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\S+@\\S+|(https?://|www\\.)\\S+"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

/// Characters that join the letters of one word: a hyphen, an apostrophe, a dot (d.w.z).
bool isJoiner(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2011) || isApostrophe(c) || c == QLatin1Char('.');
}

/// A word's letters in lower case, without accents, with whether each had a diaeresis.
struct Letter
{
    QChar base;
    bool diaeresis = false;
};

std::vector<Letter> lettersOf(QStringView word)
{
    std::vector<Letter> letters;
    for (const QChar c : word) {
        if (!c.isLetter())
            continue;
        const QString decomposed = QString(c.toLower()).normalized(QString::NormalizationForm_D);
        letters.push_back(
            { decomposed.at(0), decomposed.size() > 1 && decomposed.at(1) == QChar(0x0308) });
    }
    return letters;
}

bool isVowelLetter(QChar c)
{
    return QStringView(u"aeiouy").contains(c);
}

/// How many syllables one vowel group sounds as: its Dutch vowel sounds, the longest first.
int nucleiIn(QStringView group)
{
    static const std::array<QStringView, 24> sounds {
        u"aai", u"ooi", u"oei", u"eeu", u"ieu", u"eau", u"aa", u"ee", u"oo", u"uu", u"ie", u"oe",
        u"eu",  u"ui",  u"ei",  u"ij",  u"ou",  u"au",  u"ai", u"oi", u"ay", u"ey", u"oy", u"uy",
    };
    int count = 0;
    qsizetype at = 0;
    while (at < group.size()) {
        qsizetype taken = 1;
        for (const QStringView sound : sounds) {
            if (group.mid(at).startsWith(sound)) {
                taken = sound.size();
                break;
            }
        }
        at += taken;
        ++count;
    }
    return count;
}

/// Syllable corrections for loanwords the vowel groups miscount, found anywhere in a word.
int loanwordCorrection(const QString &letters)
{
    static const std::array<std::pair<QStringView, int>, 5> corrections { {
        { u"coach", -1 },
        { u"team", -1 },
        { u"online", -1 },
        { u"service", -1 },
        { u"museum", +1 },
    } };
    int correction = 0;
    for (const auto &[part, by] : corrections) {
        if (letters.contains(part))
            correction += by;
    }
    return correction;
}

/// Separable particles that may start a compound although they are shorter than 3 letters.
bool isShortParticle(QStringView head)
{
    return head == u"af" || head == u"in" || head == u"op" || head == u"na" || head == u"om";
}

/// Whether a lower-case word splits into 2 or 3 basic words (with a linking s, e or en).
bool isCompound(QStringView word, int parts)
{
    const QSet<QString> &list = basicWords();
    const auto basicTail = [&](QStringView tail) {
        return tail.size() >= 3
            && (list.contains(tail.toString()) || (parts < 2 && isCompound(tail, parts + 1)));
    };
    for (qsizetype split = 2; split + 3 <= word.size(); ++split) {
        const QStringView head = word.first(split);
        if ((split < 3 && !isShortParticle(head)) || !list.contains(head.toString()))
            continue;
        const QStringView rest = word.sliced(split);
        if (basicTail(rest))
            return true;
        for (const QStringView link :
             { QStringView(u"s"), QStringView(u"en"), QStringView(u"e") }) {
            if (rest.startsWith(link) && basicTail(rest.sliced(link.size())))
                return true;
        }
    }
    return false;
}

/// An acronym: two or more letters, all capitals (VDAB, EHBO).
bool isAcronym(const QString &word)
{
    int letters = 0;
    for (const QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters >= 2;
}

QString lowerWord(const QString &word)
{
    QString lower = word.toLower();
    lower.replace(QChar(0x2019), QLatin1Char('\''));
    lower.replace(QChar(0x2011), QLatin1Char('-'));
    return lower;
}

/// A figure as the SPOC reads it: one decimal, none when it is whole ("8", "8,4").
QString figure(double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    return QLocale().toString(rounded, 'f', rounded == std::round(rounded) ? 0 : 1);
}

/// The first words of a sentence, for a hint.
QString firstWords(const QString &sentence, int count)
{
    const QStringList words = sentence.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() <= count)
        return sentence;
    return words.first(count).join(QLatin1Char(' ')) + QStringLiteral(" …");
}

} // namespace

double ReadabilityReport::wordsPerSentence() const
{
    return sentences == 0 ? 0.0 : double(words) / sentences;
}

double ReadabilityReport::longWordShare() const
{
    return words == 0 ? 0.0 : double(longWords) / words;
}

double ReadabilityReport::unfamiliarShare() const
{
    return words == 0 || !wordListChecked ? 0.0 : double(unfamiliarWords) / words;
}

bool ReadabilityReport::sentencesTooLong() const
{
    return wordsPerSentence() > Readability::maxWordsPerSentence;
}

bool ReadabilityReport::wordsTooLong() const
{
    return longWordShare() > Readability::maxLongWordShare;
}

bool ReadabilityReport::hasVeryLongSentence() const
{
    return longestSentenceWords > Readability::maxSentenceWords;
}

QStringList Readability::sentences(const QString &text)
{
    QStringList found;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        qsizetype start = 0;
        const qsizetype size = line.size();
        for (qsizetype at = 0; at < size; ++at) {
            if (!isTerminator(line.at(at)))
                continue;
            qsizetype end = at + 1;
            while (end < size && (isTerminator(line.at(end)) || isClosing(line.at(end))))
                ++end;
            const bool endsLine = end == size || line.mid(end).trimmed().isEmpty();
            // Inside a number, a time or a date (8.30, 14.03.2026), or inside "d.w.z.".
            const bool within = end < size && !line.at(end).isSpace();
            const bool abbreviation
                = line.at(at) == QLatin1Char('.') && end == at + 1 && endsAbbreviation(line, at);
            if (!endsLine && (within || abbreviation)) {
                at = end - 1;
                continue;
            }
            const QString sentence = line.mid(start, end - start).trimmed();
            if (!sentence.isEmpty())
                found.append(sentence);
            start = end;
            at = end - 1;
        }
        const QString rest = line.mid(start).trimmed();
        if (!rest.isEmpty())
            found.append(rest);
    }
    return found;
}

QStringList Readability::words(const QString &sentence)
{
    QString text = sentence;
    text.replace(addressPattern(), QStringLiteral(" "));
    QStringList found;
    qsizetype at = 0;
    const qsizetype size = text.size();
    while (at < size) {
        if (!text.at(at).isLetterOrNumber() && !isJoiner(text.at(at))) {
            ++at;
            continue;
        }
        qsizetype end = at;
        while (end < size && (text.at(end).isLetterOrNumber() || isJoiner(text.at(end))))
            ++end;
        QString token = text.mid(at, end - at);
        at = end;
        // "'s" and "'t" are words (’s morgens); other joiners around a token are punctuation.
        const bool shortForm = token.size() >= 2 && isApostrophe(token.at(0))
            && (token.at(1) == QLatin1Char('s') || token.at(1) == QLatin1Char('t'))
            && (token.size() == 2 || !token.at(2).isLetter());
        while (!token.isEmpty() && isJoiner(token.front()) && !shortForm)
            token.remove(0, 1);
        while (!token.isEmpty() && isJoiner(token.back()))
            token.chop(1);
        if (shortForm)
            token = token.left(2);
        const bool hasLetter
            = std::any_of(token.begin(), token.end(), [](QChar c) { return c.isLetter(); });
        const bool hasDigit
            = std::any_of(token.begin(), token.end(), [](QChar c) { return c.isDigit(); });
        if (!hasLetter || hasDigit)
            continue;
        // A dot inside: an abbreviation of single letters (d.w.z), or a web address (not a word).
        if (token.contains(QLatin1Char('.'))) {
            const QStringList parts = token.split(QLatin1Char('.'));
            if (std::any_of(parts.begin(), parts.end(),
                            [](const QString &part) { return part.size() != 1; }))
                continue;
        }
        found.append(token);
    }
    return found;
}

int Readability::syllables(QStringView word, QStringView language)
{
    std::vector<Letter> letters = lettersOf(word);
    if (letters.empty())
        return 0;
    QString plain;
    for (const Letter &letter : letters)
        plain.append(letter.base);

    const auto vowelAt = [&](size_t i) {
        const QChar c = letters[i].base;
        if (c == QLatin1Char('j'))
            return i > 0 && letters[i - 1].base == QLatin1Char('i'); // "ij"
        if (c == QLatin1Char('y') && i == 0 && letters.size() > 1)
            return !isVowelLetter(letters[1].base); // "yoga": a consonant before a vowel
        return isVowelLetter(c);
    };

    int count = 0;
    QString group;
    for (size_t i = 0; i <= letters.size(); ++i) {
        const bool vowel = i < letters.size() && vowelAt(i);
        // A diaeresis starts a new syllable within a group ("geïnteresseerd", "ruïne").
        if (!vowel || letters[i].diaeresis) {
            if (!group.isEmpty())
                count += nucleiIn(group);
            group.clear();
        }
        if (vowel)
            group.append(letters[i].base);
    }

    if (language == u"en") {
        const auto endsWith = [&](QStringView end) { return plain.endsWith(end); };
        const qsizetype n = plain.size();
        const auto consonant = [&](qsizetype i) {
            return i >= 0 && !isVowelLetter(plain.at(i)) && plain.at(i) != QLatin1Char('j');
        };
        if (n > 2 && endsWith(u"e") && consonant(n - 2)
            && !(plain.at(n - 2) == QLatin1Char('l') && consonant(n - 3)))
            --count; // "name", not "table"
        else if (n > 3 && endsWith(u"ed") && consonant(n - 3)
                 && !QStringView(u"td").contains(plain.at(n - 3)))
            --count; // "worked", not "started"
        else if (n > 3 && endsWith(u"es") && consonant(n - 3)
                 && !QStringView(u"sxzcgh").contains(plain.at(n - 3)))
            --count; // "names", not "places"
        count -= int(plain.count(u"tion") + plain.count(u"sion")); // "information"
    } else {
        count += loanwordCorrection(plain);
    }
    return std::max(1, count);
}

bool Readability::isBasicWord(QStringView word)
{
    const QString lower = lowerWord(word.toString());
    if (lower.isEmpty())
        return false;
    const QSet<QString> &list = basicWords();
    if (list.contains(lower))
        return true;
    if (lower.contains(QLatin1Char('-'))) {
        const QStringList parts = lower.split(QLatin1Char('-'), Qt::SkipEmptyParts);
        return !parts.isEmpty() && std::all_of(parts.begin(), parts.end(), [](const QString &part) {
            return isBasicWord(part);
        });
    }
    return isCompound(lower, 1);
}

QString Readability::wordListName()
{
    return QStringLiteral("Trajectplanner basiswoorden");
}

int Readability::wordListSize()
{
    return int(basicWords().size());
}

ReadabilityReport Readability::measure(const QStringList &texts, const QString &language)
{
    ReadabilityReport report;
    report.wordListChecked = language == QLatin1String("nl");

    struct Sentence
    {
        QString text;
        QStringList words;
    };
    std::vector<Sentence> all;
    for (const QString &text : texts) {
        for (const QString &sentence : sentences(text)) {
            QStringList found = words(sentence);
            if (!found.isEmpty())
                all.push_back({ sentence.simplified(), std::move(found) });
        }
    }

    // Names: words written with a capital where a sentence does not start.
    QSet<QString> names;
    for (const Sentence &sentence : all) {
        for (qsizetype i = 1; i < sentence.words.size(); ++i) {
            if (sentence.words.at(i).front().isUpper())
                names.insert(lowerWord(sentence.words.at(i)));
        }
    }

    QSet<QString> examples;
    for (const Sentence &sentence : all) {
        ++report.sentences;
        report.longestSentenceWords
            = std::max(report.longestSentenceWords, int(sentence.words.size()));
        for (qsizetype i = 0; i < sentence.words.size(); ++i) {
            const QString &word = sentence.words.at(i);
            ++report.words;
            if (syllables(word, language) >= longWordSyllables)
                ++report.longWords;
            if (!report.wordListChecked)
                continue;
            const QString lower = lowerWord(word);
            const bool name
                = isAcronym(word) || (word.front().isUpper() && (i > 0 || names.contains(lower)));
            if (name || isBasicWord(word))
                continue;
            ++report.unfamiliarWords;
            if (report.unfamiliarExamples.size() < 5 && !examples.contains(lower)) {
                examples.insert(lower);
                report.unfamiliarExamples.append(word);
            }
        }
    }

    // The longest sentences, each once; of equal length the first.
    std::vector<const Sentence *> byLength;
    for (const Sentence &sentence : all)
        byLength.push_back(&sentence);
    std::stable_sort(byLength.begin(), byLength.end(), [](const Sentence *a, const Sentence *b) {
        return a->words.size() > b->words.size();
    });
    for (const Sentence *sentence : byLength) {
        if (report.longestSentences.size() == 3)
            break;
        if (!report.longestSentences.contains(sentence->text))
            report.longestSentences.append(sentence->text);
    }
    return report;
}

QString Readability::hint(const ReadabilityReport &report)
{
    if (report.words == 0)
        return tr("Readability: there is no running text to measure.");
    const QString perSentence = figure(report.wordsPerSentence());
    const QString longShare = figure(report.longWordShare() * 100.0);
    QString text = report.wordListChecked
        ? tr("Readability: on average %1 words per sentence, %2 % long words, %3 % words "
             "outside the basic word list.")
              .arg(perSentence, longShare, figure(report.unfamiliarShare() * 100.0))
        : tr("Readability: on average %1 words per sentence, %2 % long words (the basic word "
             "list is for a Dutch plan only).")
              .arg(perSentence, longShare);
    if ((report.sentencesTooLong() || report.hasVeryLongSentence())
        && !report.longestSentences.isEmpty()) {
        text += QLatin1Char('\n')
            + tr("Some sentences are long, for example: “%1”. Make them shorter in the barrier "
                 "or action.")
                  .arg(firstWords(report.longestSentences.first(), 12));
    }
    if (report.wordsTooLong()) {
        text += QLatin1Char(report.sentencesTooLong() || report.hasVeryLongSentence() ? ' ' : '\n')
            + tr("Many words are long (4 syllables or more). Choose shorter words where you can.");
    }
    return text;
}

QString Readability::unfamiliarNote(const ReadabilityReport &report)
{
    if (!report.wordListChecked || report.unfamiliarExamples.isEmpty())
        return {};
    return tr("Words outside the basic word list, for example: %1.")
        .arg(report.unfamiliarExamples.join(QStringLiteral(", ")));
}

} // namespace traject
