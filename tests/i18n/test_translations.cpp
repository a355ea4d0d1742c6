// SPDX-License-Identifier: GPL-3.0-or-later
// No English may leak into the Dutch interface: every translatable string in core/, ui/ and
// app/ must have a finished Dutch translation in resources/translations/trajectplanner_nl.ts.
#include "TestSupport.h"

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message { context, {}, {}, {} };
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms come as <numerusform> children.
            QString text;
            while (xml.readNext() != QXmlStreamReader::EndElement
                   || xml.name() != QLatin1String("translation")) {
                if (xml.isCharacters())
                    text += xml.text();
                if (xml.atEnd())
                    break;
            }
            current.translation = text;
            messages.append(current);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%[0-9]+|%n"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

} // namespace

TEST_CASE("every user-visible string has a finished Dutch translation")
{
    QTemporaryDir scratch;
    const QString source = QStringLiteral(TRAJECT_SOURCE_DIR);
    const QString ts = scratch.filePath(QStringLiteral("trajectplanner_nl.ts"));
    REQUIRE(
        QFile::copy(source + QStringLiteral("/resources/translations/trajectplanner_nl.ts"), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.start(QStringLiteral(TRAJECT_LUPDATE),
                  { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                    QStringLiteral("-no-obsolete"), source + QStringLiteral("/core"),
                    source + QStringLiteral("/ui"), source + QStringLiteral("/app"),
                    QStringLiteral("-ts"), ts });
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitCode() == 0);

    const auto messages = readTs(ts);
    CHECK(messages.size() > 100);
    QStringList missing;
    QStringList wrongPlaceholders;
    for (const auto &message : messages) {
        if (!message.type.isEmpty() || message.translation.trimmed().isEmpty())
            missing.append(message.context + QStringLiteral(" | ") + message.source);
        else if (placeholders(message.source) != placeholders(message.translation))
            wrongPlaceholders.append(message.context + QStringLiteral(" | ") + message.source);
    }
    INFO("Untranslated or unfinished ("
         << missing.size() << "):\n"
         << missing.mid(0, 40).join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
    INFO("Placeholders differ:\n" << wrongPlaceholders.join(QLatin1Char('\n')).toStdString());
    CHECK(wrongPlaceholders.isEmpty());
}

TEST_CASE("the Dutch translation is embedded and speaks the users' words")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/trajectplanner_nl.qm")));
    QCoreApplication::installTranslator(&translator);
    CHECK(traject::label(traject::Phase::Referral) == QStringLiteral("Toeleiding"));
    CHECK(traject::label(traject::Phase::Aftercare) == QStringLiteral("Nazorg"));
    CHECK(traject::label(traject::PlacementKind::WorkplaceLearning)
          == QStringLiteral("Werkplekleren"));
    QCoreApplication::removeTranslator(&translator);
    CHECK(traject::label(traject::Phase::Referral) == QStringLiteral("Referral"));
}

TEST_CASE("the English translation is embedded")
{
    QTranslator translator;
    CHECK(translator.load(QStringLiteral(":/i18n/trajectplanner_en.qm")));
}
