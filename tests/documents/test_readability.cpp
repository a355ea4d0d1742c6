// SPDX-License-Identifier: GPL-3.0-or-later
// The readability check of the plan's running text: sentences, words, Dutch syllables, the basic
// word list (Trajectplanner basiswoorden) and the hint the print dialog shows. Every expected
// figure below is worked out by hand.
#include "TestLanguage.h"
#include "TestSupport.h"

#include "documents/Readability.h"

#include <QFile>

namespace TRAJECT_UNITY_ID {

using namespace traject;

TEST_CASE("a text is split into sentences at . ! ? but not in numbers, dates or abbreviations")
{
    const auto [text, expected] = GENERATE(table<const char *, QStringList>({
        { "Je werkt op maandag. Je mentor is Sarah.",
          { QStringLiteral("Je werkt op maandag."), QStringLiteral("Je mentor is Sarah.") } },
        { "Bel om 8.30 uur! Of mail.",
          { QStringLiteral("Bel om 8.30 uur!"), QStringLiteral("Of mail.") } },
        { "Je start op 14.03.2026. Dat is een vrijdag.",
          { QStringLiteral("Je start op 14.03.2026."), QStringLiteral("Dat is een vrijdag.") } },
        { "Je krijgt 1.500 euro. Is dat genoeg?",
          { QStringLiteral("Je krijgt 1.500 euro."), QStringLiteral("Is dat genoeg?") } },
        { "Neem je papieren mee, d.w.z. je pas en je attest. Dan is alles klaar.",
          { QStringLiteral("Neem je papieren mee, d.w.z. je pas en je attest."),
            QStringLiteral("Dan is alles klaar.") } },
        { "Breng bv. je pas mee. Vraag het aan J. Peeters.",
          { QStringLiteral("Breng bv. je pas mee."),
            QStringLiteral("Vraag het aan J. Peeters.") } },
        { "Ze zei: \u201CIk kom morgen.\u201D Dan bellen we.",
          { QStringLiteral("Ze zei: \u201CIk kom morgen.\u201D"),
            QStringLiteral("Dan bellen we.") } },
        { "Wat komt nu?", { QStringLiteral("Wat komt nu?") } },
        // A table cell or a list item without final punctuation is one sentence.
        { "Werkplekleren bij De Pimpernel", { QStringLiteral("Werkplekleren bij De Pimpernel") } },
        // A line break ends a sentence, as in a note written as a list.
        { "Geen rijbewijs\nBus duurt lang",
          { QStringLiteral("Geen rijbewijs"), QStringLiteral("Bus duurt lang") } },
        { "Ik weet het niet\u2026 Misschien morgen.",
          { QStringLiteral("Ik weet het niet\u2026"), QStringLiteral("Misschien morgen.") } },
        { "  ", {} },
    }));
    INFO(text);
    CHECK(Readability::sentences(QString::fromUtf8(text)) == expected);
}

TEST_CASE("words are tokens with letters: numbers, dates, times, phones and addresses are not")
{
    const auto [sentence, expected] = GENERATE(table<const char *, QStringList>({
        { "Bel Sarah op 0470 12 34 56 of mail naar sarah@opvang.be.",
          { QStringLiteral("Bel"), QStringLiteral("Sarah"), QStringLiteral("op"),
            QStringLiteral("of"), QStringLiteral("mail"), QStringLiteral("naar") } },
        { "Op 14/03/2026 om 8.30 uur, d.w.z. vroeg.",
          { QStringLiteral("Op"), QStringLiteral("om"), QStringLiteral("uur"),
            QStringLiteral("d.w.z"), QStringLiteral("vroeg") } },
        { "Je e-mail en/of je gsm.",
          { QStringLiteral("Je"), QStringLiteral("e-mail"), QStringLiteral("en"),
            QStringLiteral("of"), QStringLiteral("je"), QStringLiteral("gsm") } },
        { "'s Morgens breng je de baby's.",
          { QStringLiteral("'s"), QStringLiteral("Morgens"), QStringLiteral("breng"),
            QStringLiteral("je"), QStringLiteral("de"), QStringLiteral("baby's") } },
        { "Niveau NT2 of B1 \u2013 werk 8u30, zie www.vdab.be",
          { QStringLiteral("Niveau"), QStringLiteral("of"), QStringLiteral("werk"),
            QStringLiteral("zie") } },
        { "14/03/2026", {} },
    }));
    INFO(sentence);
    CHECK(Readability::words(QString::fromUtf8(sentence)) == expected);
}

TEST_CASE("Dutch syllables are counted by vowel groups, with ij, diaeresis and split groups")
{
    const auto [word, count] = GENERATE(table<const char *, int>({
        { "kinderbegeleider", 6 }, // kin-der-be-ge-lei-der
        { "werkplekleren", 4 }, // werk-plek-le-ren
        { "opleiding", 3 }, // op-lei-ding
        { "nazorg", 2 }, // na-zorg
        { "afspraak", 2 }, // af-spraak
        { "vrijdag", 2 }, // vrij-dag
        { "trajectplan", 3 }, // tra-ject-plan
        { "geïnteresseerd", 5 }, // ge-ïn-te-res-seerd
        { "ruïne", 3 }, // ru-ï-ne
        { "financiële", 5 }, // fi-nan-ci-ë-le
        { "cliënt", 2 }, // cli-ënt
        { "bij", 1 },
        { "mooi", 1 },
        { "nieuw", 1 },
        { "één", 1 },
        { "je", 1 },
        { "rijen", 2 }, // rij-en
        { "koeien", 2 }, // koei-en
        { "bijeenkomst", 3 }, // bij-een-komst
        { "januari", 4 }, // ja-nu-a-ri
        { "materiaal", 4 }, // ma-te-ri-aal
        { "informatie", 4 }, // in-for-ma-tie
        { "situatie", 4 }, // si-tu-a-tie
        { "individueel", 5 }, // in-di-vi-du-eel
        { "kinderopvang", 4 }, // kin-der-op-vang
        { "sollicitatiegesprek", 7 }, // sol-li-ci-ta-tie-ge-sprek
        { "stage", 2 }, // sta-ge
        { "module", 3 }, // mo-du-le
        { "crèche", 2 }, // crè-che
        { "niveau", 2 }, // ni-veau
        { "baby", 2 }, // ba-by
        { "yoga", 2 }, // yo-ga
        { "e-mail", 2 }, // e-mail
        { "Werkplekleren", 4 }, // capitals do not matter
        { "jobcoach", 2 }, // job-coach (a loanword)
        { "team", 1 },
        { "museum", 3 }, // mu-se-um
    }));
    INFO(word);
    CHECK(Readability::syllables(QString::fromUtf8(word)) == count);
}

TEST_CASE("English syllables drop a silent final e, -ed and -es")
{
    const auto [word, count] = GENERATE(table<const char *, int>({
        { "name", 1 },
        { "table", 2 },
        { "worked", 1 },
        { "started", 2 },
        { "names", 1 },
        { "places", 2 },
        { "information", 4 },
        { "appointment", 3 },
        { "the", 1 },
    }));
    INFO(word);
    CHECK(Readability::syllables(QString::fromUtf8(word), u"en") == count);
}

TEST_CASE("the basic word list knows everyday words and their forms, and compounds of them")
{
    CHECK(Readability::wordListName() == QStringLiteral("Trajectplanner basiswoorden"));
    CHECK(Readability::wordListSize() >= 1500);
    CHECK(Readability::wordListSize() <= 2500);

    // Listed, in any case, with their forms (the check does not stem).
    for (const char *word : { "opleiding", "werkplekleren", "stage", "mentor", "nazorg", "module",
                              "kinderopvang", "ben", "bent", "is", "hebt", "heeft", "gaat",
                              "gewerkt", "gehaald", "Gewerkt", "De", "één" }) {
        INFO(word);
        CHECK(Readability::isBasicWord(QString::fromUtf8(word)));
    }
    // Compounds of listed words, not listed themselves: stage+week, opleiding+s+centrum,
    // bus+abonnement, taal+niveau, and a hyphenated one.
    for (const char *word :
         { "stageweek", "opleidingscentrum", "busabonnement", "taalniveau", "stage-mentor" }) {
        INFO(word);
        CHECK(Readability::isBasicWord(QString::fromUtf8(word)));
    }
    for (const char *word : { "huisvestingsproblematiek", "arbeidsgeneesheer", "prioriteit",
                              "mobiliteit", "administratieve", "psychosociaal", "" }) {
        INFO(word);
        CHECK_FALSE(Readability::isBasicWord(QString::fromUtf8(word)));
    }
}

TEST_CASE("the shipped word list is one lower-case word a line under a comment header")
{
    QFile file(QStringLiteral(":/wordlists/basiswoorden-nl.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    REQUIRE(lines.first().startsWith(QStringLiteral("# Trajectplanner basiswoorden")));
    int words = 0;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('#')) || line.isEmpty())
            continue;
        INFO(line.toStdString());
        CHECK(line == line.trimmed().toLower());
        CHECK_FALSE(line.contains(QLatin1Char(' ')));
        ++words;
    }
    CHECK(words == Readability::wordListSize());
}

TEST_CASE("a report counts sentences, words, long words and unfamiliar words")
{
    const ReadabilityReport report = Readability::measure({
        QStringLiteral("Je werkt op maandag en dinsdag."), // 6 words
        QStringLiteral("Je mentor is Sarah Peeters."), // 5 words, a name
        QStringLiteral("Bel haar op 0470 12 34 56."), // 3 words
        QStringLiteral("14/03/2026"), // no sentence
        // 8 words; long: huisvestingsproblematiek (7), prioriteit (4), begeleiding (4);
        // unfamiliar: huisvestingsproblematiek, prioriteit.
        QStringLiteral("De huisvestingsproblematiek is een prioriteit voor de begeleiding."),
    });
    CHECK(report.sentences == 4);
    CHECK(report.longestSentenceWords == 8);
    CHECK(report.words == 22);
    CHECK(report.longWords == 3);
    CHECK(report.unfamiliarWords == 2);
    CHECK(report.wordListChecked);
    CHECK(report.wordsPerSentence() == Approx(5.5));
    CHECK(report.longWordShare() == Approx(3.0 / 22.0));
    CHECK(report.unfamiliarShare() == Approx(2.0 / 22.0));
    CHECK_FALSE(report.sentencesTooLong());
    CHECK(report.wordsTooLong());
    CHECK_FALSE(report.withinLimits());
    CHECK(report.longestSentences
          == QStringList {
              QStringLiteral("De huisvestingsproblematiek is een prioriteit voor de begeleiding."),
              QStringLiteral("Je werkt op maandag en dinsdag."),
              QStringLiteral("Je mentor is Sarah Peeters.") });
    CHECK(report.unfamiliarExamples
          == QStringList { QStringLiteral("huisvestingsproblematiek"),
                           QStringLiteral("prioriteit") });
}

TEST_CASE("names and acronyms count as words but never as unfamiliar")
{
    // Sarah starts a sentence, but is written with a capital in the middle of another.
    const ReadabilityReport named = Readability::measure(
        { QStringLiteral("Sarah belt je."), QStringLiteral("Je mentor is Sarah.") });
    CHECK(named.words == 7);
    CHECK(named.unfamiliarWords == 0);

    // At the start of the only sentence it could be any word: unknown, so unfamiliar.
    const ReadabilityReport alone = Readability::measure({ QStringLiteral("Mohammed belt je.") });
    CHECK(alone.words == 3);
    CHECK(alone.unfamiliarWords == 1);
    CHECK(alone.unfamiliarExamples == QStringList { QStringLiteral("Mohammed") });

    const ReadabilityReport acronym
        = Readability::measure({ QStringLiteral("VDAB belt je op vrijdag.") });
    CHECK(acronym.words == 5);
    CHECK(acronym.unfamiliarWords == 0);
}

TEST_CASE("the same sentence is named once among the longest")
{
    const ReadabilityReport report = Readability::measure({
        QStringLiteral("Bel je mentor."),
        QStringLiteral("Je gaat met de bus."),
        QStringLiteral("Je gaat met de bus."),
    });
    CHECK(report.sentences == 3);
    CHECK(
        report.longestSentences
        == QStringList { QStringLiteral("Je gaat met de bus."), QStringLiteral("Bel je mentor.") });
}

TEST_CASE("an English plan is measured without the Dutch word list")
{
    const ReadabilityReport report = Readability::measure(
        { QStringLiteral("Your mentor helps you."), QStringLiteral("Call me.") },
        QStringLiteral("en"));
    CHECK(report.sentences == 2);
    CHECK(report.words == 6);
    CHECK(report.longWords == 0);
    CHECK_FALSE(report.wordListChecked);
    CHECK(report.unfamiliarWords == 0);
    CHECK(report.unfamiliarShare() == 0.0);
}

TEST_CASE("the hint gives the figures in Dutch, and what to do when a limit is passed")
{
    const traject::test::TestLanguage dutch(QStringLiteral("nl"));

    SECTION("nothing to measure")
    {
        CHECK(Readability::hint(Readability::measure({ QStringLiteral("14/03/2026") }))
              == QStringLiteral("Leesbaarheid: er is geen tekst om te meten."));
    }

    SECTION("within the limits")
    {
        // 4 + 2 words in 2 sentences: 3 per sentence; no long word; all basic.
        const ReadabilityReport report = Readability::measure(
            { QStringLiteral("Je werkt op maandag."), QStringLiteral("Bel me.") });
        CHECK(report.withinLimits());
        CHECK(Readability::hint(report)
              == QStringLiteral("Leesbaarheid: gemiddeld 3 woorden per zin, 0 % lange woorden, "
                                "0 % woorden buiten de basiswoordenlijst."));
        CHECK(Readability::unfamiliarNote(report).isEmpty());
    }

    SECTION("long sentences: the longest is named in a few words")
    {
        // 21 + 2 words in 2 sentences: 11.5 per sentence.
        const ReadabilityReport report = Readability::measure({
            QStringLiteral("Je gaat elke maandag en dinsdag met de bus naar de opvang in de stad, "
                           "en je neemt je eten mee."),
            QStringLiteral("Bel me."),
        });
        CHECK(report.words == 23);
        CHECK(Readability::hint(report)
              == QStringLiteral(
                  "Leesbaarheid: gemiddeld 11,5 woorden per zin, 0 % lange woorden, 0 % woorden "
                  "buiten de basiswoordenlijst.\nSommige zinnen zijn lang, bijvoorbeeld: \u201CJe "
                  "gaat elke maandag en dinsdag met de bus naar de opvang \u2026\u201D. Maak ze "
                  "korter in de drempel of actie."));
    }

    SECTION("one very long sentence, although the average is fine")
    {
        // 21 + 2 + 3 + 4 words in 4 sentences: 7.5 per sentence, but one of more than 20 words.
        const ReadabilityReport report = Readability::measure({
            QStringLiteral("Je gaat elke maandag en dinsdag met de bus naar de opvang in de stad, "
                           "en je neemt je eten mee."),
            QStringLiteral("Bel me."),
            QStringLiteral("Bel me morgen."),
            QStringLiteral("Je werkt op maandag."),
        });
        CHECK(report.withinLimits());
        CHECK(report.longestSentenceWords == 21);
        CHECK(report.hasVeryLongSentence());
        CHECK(Readability::hint(report)
              == QStringLiteral(
                  "Leesbaarheid: gemiddeld 7,5 woorden per zin, 0 % lange woorden, 0 % woorden "
                  "buiten de basiswoordenlijst.\nSommige zinnen zijn lang, bijvoorbeeld: \u201CJe "
                  "gaat elke maandag en dinsdag met de bus naar de opvang \u2026\u201D. Maak ze "
                  "korter in de drempel of actie."));
    }

    SECTION("a sentence of 20 words is not very long yet")
    {
        // 20 + 2 + 3 words in 3 sentences: 8.3 per sentence.
        const ReadabilityReport report = Readability::measure({
            QStringLiteral("Je gaat elke maandag en dinsdag met de bus naar de opvang in de stad, "
                           "en je neemt je eten."),
            QStringLiteral("Bel me."),
            QStringLiteral("Bel me morgen."),
        });
        CHECK(report.longestSentenceWords == 20);
        CHECK_FALSE(report.hasVeryLongSentence());
        CHECK(report.withinLimits());
        CHECK(Readability::hint(report)
              == QStringLiteral("Leesbaarheid: gemiddeld 8,3 woorden per zin, 0 % lange woorden, "
                                "0 % woorden buiten de basiswoordenlijst."));
    }

    SECTION("long words")
    {
        // 22 words in 4 sentences (5.5), 3 long (13.6 %), 2 unfamiliar (9.1 %).
        const ReadabilityReport report = Readability::measure({
            QStringLiteral("Je werkt op maandag en dinsdag."),
            QStringLiteral("Je mentor is Sarah Peeters."),
            QStringLiteral("Bel haar op 0470 12 34 56."),
            QStringLiteral("De huisvestingsproblematiek is een prioriteit voor de begeleiding."),
        });
        CHECK(Readability::hint(report)
              == QStringLiteral(
                  "Leesbaarheid: gemiddeld 5,5 woorden per zin, 13,6 % lange woorden, 9,1 % "
                  "woorden buiten de basiswoordenlijst.\nVeel woorden zijn lang (4 lettergrepen "
                  "of meer). Kies kortere woorden waar het kan."));
        CHECK(Readability::unfamiliarNote(report)
              == QStringLiteral("Woorden buiten de basiswoordenlijst zijn bijvoorbeeld: "
                                "huisvestingsproblematiek, prioriteit."));
    }

    SECTION("an English plan: no word list")
    {
        const ReadabilityReport report = Readability::measure(
            { QStringLiteral("Your mentor helps you."), QStringLiteral("Call me.") },
            QStringLiteral("en"));
        CHECK(
            Readability::hint(report)
            == QStringLiteral("Leesbaarheid: gemiddeld 3 woorden per zin, 0 % lange woorden (de "
                              "basiswoordenlijst is er alleen voor een plan in het Nederlands)."));
        CHECK(Readability::unfamiliarNote(report).isEmpty());
    }
}

} // namespace TRAJECT_UNITY_ID
