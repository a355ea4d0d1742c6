// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the reports from the command line (--report profile|meeting).
#include "CliSupport.h"
#include "TestSupport.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

namespace {

using traject::test::Run;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("cli: --report profile writes a PDF or a CSV file of the period")
{
    QTemporaryDir home;
    const QString db = traject::test::demoDatabase(home);
    const QString pdf = home.filePath(QStringLiteral("profiel.pdf"));
    const Run printed = traject::test::run(
        { QStringLiteral("--db"), db, QStringLiteral("--report"), QStringLiteral("profile"),
          QStringLiteral("--from"), QStringLiteral("01/01/2000"), QStringLiteral("--to"),
          QStringLiteral("2099-12-31"), QStringLiteral("--out"), pdf },
        home);
    INFO(printed.out.toStdString() << printed.err.toStdString());
    CHECK(printed.exitCode == 0);
    CHECK(readAll(pdf).startsWith("%PDF-"));

    const QString csv = home.filePath(QStringLiteral("profiel.csv"));
    const Run listed = traject::test::run(
        { QStringLiteral("--db"), db, QStringLiteral("--report"), QStringLiteral("profile"),
          QStringLiteral("--from"), QStringLiteral("01/01/2000"), QStringLiteral("--to"),
          QStringLiteral("31/12/2099"), QStringLiteral("--out"), csv },
        home, traject::test::Display::None);
    INFO(listed.out.toStdString() << listed.err.toStdString());
    CHECK(listed.exitCode == 0);
    const QString text = QString::fromUtf8(readAll(csv));
    CHECK(text.contains(QStringLiteral(";25\r\n"))); // the total: the 25 demo learners
    CHECK(listed.out
          == QStringLiteral("Het profiel van de cursisten (25 cursisten) staat in %1.\n")
                 .arg(QDir::toNativeSeparators(csv)));
}

TEST_CASE("cli: --report meeting writes the case-meeting sheet since the last meeting")
{
    QTemporaryDir home;
    const QString db = traject::test::demoDatabase(home);
    const QString since = QDate::currentDate().addMonths(-1).toString(u"dd/MM/yyyy");
    const QString csv = home.filePath(QStringLiteral("overleg.csv"));
    const Run listed = traject::test::run({ QStringLiteral("--db"), db, QStringLiteral("--report"),
                                            QStringLiteral("meeting"), QStringLiteral("--from"),
                                            since, QStringLiteral("--out"), csv },
                                          home, traject::test::Display::None);
    INFO(listed.out.toStdString() << listed.err.toStdString());
    CHECK(listed.exitCode == 0);
    CHECK(readAll(csv).size() > 50);

    const QString pdf = home.filePath(QStringLiteral("overleg.pdf"));
    const Run printed = traject::test::run({ QStringLiteral("--db"), db, QStringLiteral("--report"),
                                             QStringLiteral("meeting"), QStringLiteral("--from"),
                                             since, QStringLiteral("--out"), pdf },
                                           home);
    CHECK(printed.exitCode == 0);
    CHECK(readAll(pdf).startsWith("%PDF-"));
}

TEST_CASE("cli: --report refuses wrong input with exit 1 and a folder it cannot write with 2")
{
    QTemporaryDir home;
    const QString db = traject::test::demoDatabase(home);
    const QString out = home.filePath(QStringLiteral("rapport.pdf"));
    const auto report = [&](const QStringList &arguments) {
        return traject::test::run(QStringList { QStringLiteral("--db"), db } + arguments, home,
                                  traject::test::Display::None);
    };
    // An unknown report, a date that is not one, a period the wrong way round, a wrong extension.
    for (const QStringList &wrong : {
             QStringList { QStringLiteral("--report"), QStringLiteral("funnel"),
                           QStringLiteral("--from"), QStringLiteral("01/01/2025"),
                           QStringLiteral("--to"), QStringLiteral("31/01/2025"),
                           QStringLiteral("--out"), out },
             QStringList { QStringLiteral("--report"), QStringLiteral("profile"),
                           QStringLiteral("--from"), QStringLiteral("31/02/2025"),
                           QStringLiteral("--to"), QStringLiteral("31/03/2025"),
                           QStringLiteral("--out"), out },
             QStringList { QStringLiteral("--report"), QStringLiteral("profile"),
                           QStringLiteral("--from"), QStringLiteral("01/03/2025"),
                           QStringLiteral("--to"), QStringLiteral("01/02/2025"),
                           QStringLiteral("--out"), out },
             QStringList { QStringLiteral("--report"), QStringLiteral("profile"),
                           QStringLiteral("--from"), QStringLiteral("01/01/2025"),
                           QStringLiteral("--to"), QStringLiteral("31/01/2025"),
                           QStringLiteral("--out"), home.filePath(QStringLiteral("r.txt")) },
         }) {
        const Run refused = report(wrong);
        INFO(wrong.join(QLatin1Char(' ')).toStdString() << ": " << refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK_FALSE(refused.err.trimmed().isEmpty());
        CHECK_FALSE(QFile::exists(out));
    }
    // A folder that is a file: nothing can be written in it.
    QFile blocker(home.filePath(QStringLiteral("blok")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Run unwritable = report(
        { QStringLiteral("--report"), QStringLiteral("profile"), QStringLiteral("--from"),
          QStringLiteral("01/01/2025"), QStringLiteral("--to"), QStringLiteral("31/01/2025"),
          QStringLiteral("--out"), home.filePath(QStringLiteral("blok/rapport.csv")) });
    CHECK(unwritable.exitCode == 2);
    CHECK_FALSE(unwritable.err.trimmed().isEmpty());
}

TEST_CASE("cli: --report esf writes the summary as PDF and one row per participant as CSV")
{
    QTemporaryDir home;
    const QString db = traject::test::demoDatabase(home);
    const auto report = [&](const QStringList &arguments) {
        return traject::test::run(QStringList { QStringLiteral("--db"), db } + arguments, home,
                                  traject::test::Display::None);
    };
    const QString csv = home.filePath(QStringLiteral("esf.csv"));
    const Run listed
        = report({ QStringLiteral("--report"), QStringLiteral("esf"), QStringLiteral("--from"),
                   QStringLiteral("01/01/2000"), QStringLiteral("--to"),
                   QStringLiteral("31/12/2099"), QStringLiteral("--out"), csv });
    INFO(listed.out.toStdString() << listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QStringList lines
        = QString::fromUtf8(readAll(csv)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 5);
    CHECK(lines.front().startsWith(
        QStringLiteral("learner_number;national_number;last_name;first_name;birth_date;")));
    // The message names the numbers, and the rows are the participants.
    const QRegularExpression said(QStringLiteral("^Het ESF\\+-rapport \\((\\d+) begonnen, "
                                                 "(\\d+) vertrokken\\) werd geschreven naar "));
    const auto match = said.match(listed.out);
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1).toInt() == lines.size() - 1); // everyone entered since 2000
    CHECK((QFile::permissions(csv) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);

    const QString pdf = home.filePath(QStringLiteral("esf.pdf"));
    const Run printed
        = report({ QStringLiteral("--report"), QStringLiteral("esf"), QStringLiteral("--from"),
                   QStringLiteral("2000-01-01"), QStringLiteral("--to"),
                   QStringLiteral("2099-12-31"), QStringLiteral("--out"), pdf });
    CHECK(printed.exitCode == 0);
    CHECK(readAll(pdf).startsWith("%PDF-"));

    // A period the wrong way round, and a file that cannot be written.
    const Run reversed = report(
        { QStringLiteral("--report"), QStringLiteral("esf"), QStringLiteral("--from"),
          QStringLiteral("01/03/2025"), QStringLiteral("--to"), QStringLiteral("01/02/2025"),
          QStringLiteral("--out"), home.filePath(QStringLiteral("x.csv")) });
    CHECK(reversed.exitCode == 1);
    CHECK(reversed.err.contains(
        QStringLiteral("De periode eindigt (01/02/2025) voor ze begint (01/03/2025).\n")));
    CHECK_FALSE(QFile::exists(home.filePath(QStringLiteral("x.csv"))));
    const Run unwritable = report(
        { QStringLiteral("--report"), QStringLiteral("esf"), QStringLiteral("--from"),
          QStringLiteral("01/01/2025"), QStringLiteral("--to"), QStringLiteral("31/01/2025"),
          QStringLiteral("--out"), QStringLiteral("/proc/nowhere/esf.csv") });
    CHECK(unwritable.exitCode == 2);
    CHECK_FALSE(unwritable.err.trimmed().isEmpty());
}

TEST_CASE("cli: --mlp-summary writes a learner's MLP summary as PDF; an unknown learner is refused")
{
    QTemporaryDir home;
    const QString db = traject::test::demoDatabase(home);
    const auto summary = [&](const QString &learner, const QString &out) {
        return traject::test::run({ QStringLiteral("--db"), db, QStringLiteral("--mlp-summary"),
                                    learner, QStringLiteral("--out"), out },
                                  home);
    };
    const QString pdf = home.filePath(QStringLiteral("mlp.pdf"));
    const Run written = summary(QStringLiteral("1"), pdf);
    INFO(written.out.toStdString() << written.err.toStdString());
    CHECK(written.exitCode == 0);
    CHECK(written.out.startsWith(QStringLiteral("Het MLP-overzicht van ")));
    CHECK(readAll(pdf).startsWith("%PDF-"));

    const QString other = home.filePath(QStringLiteral("mlp2.pdf"));
    const Run unknown = summary(QStringLiteral("404"), other);
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("Er is geen cursist met nummer 404.")));
    CHECK_FALSE(QFile::exists(other));

    const Run notPdf = summary(QStringLiteral("1"), home.filePath(QStringLiteral("mlp.csv")));
    CHECK(notPdf.exitCode == 1);
    CHECK_FALSE(notPdf.err.trimmed().isEmpty());

    const Run notNumber = summary(QStringLiteral("Amina"), other);
    CHECK(notNumber.exitCode != 0);
    CHECK(notNumber.err.contains(QStringLiteral("--mlp-summary")));

    const Run unwritable = summary(QStringLiteral("1"), QStringLiteral("/proc/nowhere/mlp.pdf"));
    CHECK(unwritable.exitCode == 2);
    CHECK_FALSE(unwritable.err.trimmed().isEmpty());
}

} // namespace TRAJECT_UNITY_ID
