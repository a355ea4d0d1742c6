// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace traject {

/// How readable a text is for a learner who reads Dutch at NT2 level 2 (A2–B1): what
/// Readability::measure() counts in the running text of a document.
struct ReadabilityReport
{
    int sentences = 0; // pieces of text with at least one word
    int words = 0;
    int longWords = 0; // of Readability::longWordSyllables syllables or more
    int unfamiliarWords = 0; // outside the basic word list (Dutch only)
    /// Whether the words were held against the basic word list: only for a Dutch text.
    bool wordListChecked = true;
    /// The number of words of the longest sentence.
    int longestSentenceWords = 0;
    /// The longest sentences (up to 3, the longest first, each once), for a hint.
    QStringList longestSentences;
    /// A few words outside the basic word list, as written, in the order they first appear.
    QStringList unfamiliarExamples;

    /// 0 when there is no sentence.
    double wordsPerSentence() const;
    /// 0..1; 0 when there is no word.
    double longWordShare() const;
    /// 0..1; 0 when there is no word or the word list was not checked.
    double unfamiliarShare() const;
    /// More than Readability::maxWordsPerSentence words per sentence on average.
    bool sentencesTooLong() const;
    /// More than Readability::maxLongWordShare of the words are long.
    bool wordsTooLong() const;
    /// The limits a plan is held to: sentences and words not too long on average.
    bool withinLimits() const { return !sentencesTooLong() && !wordsTooLong(); }
    /// One sentence of more than Readability::maxSentenceWords words, whatever the average: the
    /// long barrier note a SPOC is warned about.
    bool hasVeryLongSentence() const;
};

/// A readability check of running text (sentences, list items, table cells; see
/// PagedDocument::runningText()): average sentence length, the share of long words counted by
/// syllables, and the share of words outside a basic Dutch word list (the Trajectplanner
/// basiswoorden, resources/wordlists/basiswoorden-nl.txt).
///
/// What it counts:
/// - A text is split into sentences at . ! ? and … followed by a space or the end, and at line
///   breaks; not inside numbers, times and dates (8.30, 1.500, 14.03.2026), and not after an
///   abbreviation (d.w.z., bv., enz., an initial like "J.") unless the text or line ends there. A
///   text without final punctuation (a table cell, a list item) is one sentence. A piece without
///   any word (a date, a phone number) is no sentence.
/// - A word is a token with a letter and without a digit: numbers, dates, times, phone numbers,
///   codes like "NT2" or "8u30", e-mail and web addresses are not words. A hyphenated word
///   ("e-mail") is one word; "en/of" is two.
/// - Syllables are Dutch vowel groups (see syllables()); a word of 4 or more is long.
/// - Proper names count as words (and their syllables), but never as unfamiliar: a capitalised
///   word not at the start of a sentence, a capitalised word at the start that is written
///   capitalised elsewhere in the text, and acronyms (VDAB, EHBO).
/// - Compound words (Dutch writes them as one word) are basic when the list has them, or when
///   they split into two or three words of the list, each of at least 3 letters (a separable
///   particle such as "in", "op", "af" may start it), with a linking s, e or en between
///   ("stagedag", "opleidingscentrum", "ingevuld"). Hyphenated words are basic when each part is.
/// - The word list does not stem: it holds the forms themselves (ben, bent, is, gewerkt, …).
/// - For a plan in another language than Dutch only sentences and long words are measured (with
///   a rough rule for English silent e's); the basic word list is Dutch.
class Readability
{
    Q_DECLARE_TR_FUNCTIONS(Readability)

public:
    static constexpr double maxWordsPerSentence = 10.0;
    static constexpr int maxSentenceWords = 20;
    static constexpr double maxLongWordShare = 0.10;
    static constexpr int longWordSyllables = 4;

    /// Measures the running text of a document written in `language` ("nl", "en").
    static ReadabilityReport measure(const QStringList &texts,
                                     const QString &language = QStringLiteral("nl"));

    /// The sentences of one text, trimmed, in order.
    static QStringList sentences(const QString &text);
    /// The words of one sentence as written, without the punctuation around them.
    static QStringList words(const QString &sentence);
    /// The number of syllables of a word (at least 1 for a word with a letter): Dutch vowel
    /// groups, where "ij" is a vowel, a diaeresis (ë, ï) starts a new syllable, and a group that
    /// is no Dutch vowel sound splits ("januari": ja-nu-a-ri); a few loanwords ("coach", "team")
    /// are corrected. `language` "en" drops a silent final e, -es or -ed and reads -tion as one.
    static int syllables(QStringView word, QStringView language = u"nl");
    /// Whether a word (any case) is in the basic word list, or a compound of its words.
    static bool isBasicWord(QStringView word);
    /// The name of the basic word list, and how many words it holds.
    static QString wordListName();
    static int wordListSize();

    /// The result for the SPOC (translated): the figures, and when the text is above a limit or
    /// has a very long sentence, on a line of its own what to do about it, naming the longest
    /// sentence by its first 12 words.
    static QString hint(const ReadabilityReport &report);
    /// A few words outside the basic word list, for a tooltip (translated); empty when none.
    static QString unfamiliarNote(const ReadabilityReport &report);
};

} // namespace traject
