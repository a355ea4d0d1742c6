// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentSupport.h"
#include "TestSupport.h"

#include "Translations.h"
#include "crypto/KeyFile.h"
#include "documents/RecoverySheet.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

#include <catch2/catch.hpp>

namespace TRAJECT_UNITY_ID {

using namespace traject;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// What pdfinfo says about the page size, e.g. "595.276 x 841.89 pts (A4)".
QString pageSize(const QString &path)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), { path });
    REQUIRE(info.waitForFinished(30000));
    const auto match = QRegularExpression(QStringLiteral("Page size:\\s+([^\\n]+)"))
                           .match(QString::fromUtf8(info.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

/// The text with every run of white space (line ends of pdftotext too) as one space.
QString oneLine(const QString &text)
{
    return text.simplified();
}

} // namespace

TEST_CASE("the recovery sheet is one A4 page in Dutch with the key to type back exactly",
          "[recovery]")
{
    const ScopedLanguage dutch(QStringLiteral("nl"));
    // A key written out by hand, and one the program makes.
    const QString key = GENERATE(QStringLiteral("7KQ2-M9XD-4HPW-Z8RT-B3NC-6JVE-Y0SA-1FGK"),
                                 crypto::newRecoveryKey());
    QTemporaryDir dir;
    const QString pdfPath = dir.filePath(QStringLiteral("herstelblad.pdf"));
    const RecoverySheet sheet { QStringLiteral("/home/an/Documenten/trajectplanner.sqlite"), key,
                                QDate(2026, 12, 7), QStringLiteral("An Peeters") };
    test::require(writeRecoverySheetPdf(sheet, pdfPath));

    CHECK(QFile::permissions(pdfPath)
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));
    const QByteArray pdf = readAll(pdfPath);
    CHECK(test::pdfPages(pdf) == 1);
    CHECK(pageSize(pdfPath) == QStringLiteral("595 x 842 pts (A4)"));

    const QString text = test::pdfText(pdf);
    if (const QByteArray out = qgetenv("TRAJECT_RECOVERY_SHEET_PDF"); !out.isEmpty())
        QFile::copy(pdfPath, QString::fromLocal8Bit(out));
    // The key: two rows of four groups, read back in order.
    const QStringList groups = key.split(QLatin1Char('-'));
    REQUIRE(groups.size() == 8);
    CHECK(text.contains(groups.mid(0, 4).join(QLatin1Char(' ')) + QLatin1Char('\n')
                        + groups.mid(4, 4).join(QLatin1Char(' '))));
    // Large: each group stands alone as a word of at least 20 pt (the body text is 11 pt).
    const QList<test::PdfWord> words = test::pdfWords(pdf);
    for (const QString &group : groups) {
        const auto word = std::find_if(words.cbegin(), words.cend(),
                                       [&](const test::PdfWord &w) { return w.text == group; });
        REQUIRE(word != words.cend());
        CHECK(test::pointSize(*word) > 20);
    }
    INFO(text.toStdString());
    const QString line = oneLine(text);
    for (const QString &expected : {
             QStringLiteral("Herstelblad Trajectplanner"),
             QStringLiteral("Databankbestand: /home/an/Documenten/trajectplanner.sqlite"),
             QStringLiteral("Gemaakt op: 07/12/2026"),
             QStringLiteral("Gemaakt door: An Peeters"),
             QStringLiteral(
                 "Met deze herstelsleutel open je de gegevens in het bestand hierboven "
                 "als niemand de wachtzin nog weet. Daarna kies je een nieuwe wachtzin."),
             QStringLiteral("Zonder de wachtzin en zonder dit blad kan niemand de gegevens openen: "
                            "jij niet, je IT-dienst niet, en zelfs de makers van Trajectplanner "
                            "niet."),
             QStringLiteral("Bewaar dit blad in de kluis van de organisatie."),
             QStringLiteral("Bewaar het nooit bij de laptop: niet in de laptoptas, niet als foto "
                            "of bestand op de laptop."),
             QStringLiteral(
                 "Als er een nieuw herstelblad gemaakt wordt, opent dit blad het bestand "
                 "hierboven niet meer, en ook de back-ups in zijn map backups niet."),
             QStringLiteral("Een kopie op een andere plaats, bijvoorbeeld op een USB-stick, opent "
                            "alleen met het blad van de dag waarop ze gemaakt is."),
             QStringLiteral("In het programma: klik, als het om de wachtzin vraagt, op "
                            "\"Herstelsleutel gebruiken\" en typ de sleutel. Kies daarna een "
                            "nieuwe wachtzin."),
             QStringLiteral("trajectplanner --db BESTAND --recovery-key-file SLEUTELBESTAND "
                            "--change-passphrase NIEUWBESTAND"),
             QStringLiteral("Herstelblad gemaakt op 07/12/2026 · bewaar het in de kluis"),
             QStringLiteral("pagina 1 van 1"),
         })
        CHECK(line.contains(expected));
}

TEST_CASE("the recovery sheet prints on a paint device as in its PDF, without a SPOC name too",
          "[recovery]")
{
    const ScopedLanguage dutch(QStringLiteral("nl"));
    const RecoverySheet sheet { QStringLiteral("/srv/caseload.sqlite"),
                                QStringLiteral("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789"),
                                QDate(2027, 1, 4), QString() };
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer); // as a printer is: A4, the device's own margins
        writer.setPageSize(QPageSize(QPageSize::A4));
        paintRecoverySheet(sheet, writer);
    }
    CHECK(test::pdfPages(pdf) == 1);
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("ABCD EFGH JKMN PQRS\nTVWX YZ01 2345 6789")));
    const QString line = oneLine(text);
    CHECK(line.contains(QStringLiteral("Databankbestand: /srv/caseload.sqlite")));
    CHECK(line.contains(QStringLiteral("Gemaakt op: 04/01/2027")));
    CHECK_FALSE(line.contains(QStringLiteral("Gemaakt door")));
}

} // namespace TRAJECT_UNITY_ID
