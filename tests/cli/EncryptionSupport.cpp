// SPDX-License-Identifier: GPL-3.0-or-later
#include "EncryptionSupport.h"

#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace traject::test {

QString writeSecret(const QTemporaryDir &home, const char *name, const QString &text)
{
    const QString path = home.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    if (!text.isEmpty())
        file.write(text.toUtf8() + '\n');
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool startsPlain(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

QString encryptedDemo(const QTemporaryDir &home, const QString &passphrase)
{
    const QString secret = writeSecret(home, "wachtzin.txt", passphrase);
    const QString db = home.filePath(QStringLiteral("caseload.sqlite"));
    const Run made
        = run({ QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--no-window"),
                QStringLiteral("--passphrase-file"), secret },
              home, Display::None);
    INFO(made.out.toStdString() << made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    REQUIRE_FALSE(startsPlain(db));
    return db;
}

int learnersIn(const QString &database, const QString &passphraseFile, const QTemporaryDir &home)
{
    const Run counted = run({ QStringLiteral("--db"), database, QStringLiteral("--no-window"),
                              QStringLiteral("--passphrase-file"), passphraseFile },
                            home, Display::None);
    INFO(counted.out.toStdString() << counted.err.toStdString());
    if (counted.exitCode != 0)
        return -1;
    // "Databank …: 25 cursisten.": the number before the last word.
    const QStringList words = counted.out.trimmed().split(QLatin1Char(' '));
    return words.value(words.size() - 2).toInt();
}

QString recoveryKeyOf(const QString &sheetPdf)
{
    QProcess pdftotext;
    pdftotext.start(
        QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), sheetPdf, QStringLiteral("-") });
    REQUIRE(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    // Two rows of four groups of four.
    static const QRegularExpression rows(
        QStringLiteral("([0-9A-Z]{4}) ([0-9A-Z]{4}) ([0-9A-Z]{4}) ([0-9A-Z]{4})\\n"
                       "([0-9A-Z]{4}) ([0-9A-Z]{4}) ([0-9A-Z]{4}) ([0-9A-Z]{4})\\n"));
    const auto match = rows.match(text);
    INFO(text.toStdString());
    REQUIRE(match.hasMatch());
    QStringList groups;
    for (int i = 1; i <= 8; ++i)
        groups.append(match.captured(i));
    return groups.join(QLatin1Char('-'));
}

QString ourMessages(const QString &err)
{
    QStringList lines = err.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) {
        return line.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"));
    });
    return lines.join(QLatin1Char('\n'));
}

QString noSheetWarning()
{
    return QStringLiteral(
        "Let op: er is een nieuwe herstelsleutel gemaakt, maar er is geen herstelblad gevraagd. "
        "Maak er nu een met --recovery-sheet (dat maakt een nieuwe sleutel): zonder de wachtzin "
        "en het herstelblad kan niemand de gegevens openen.\n");
}

} // namespace traject::test
