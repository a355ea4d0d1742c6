// SPDX-License-Identifier: GPL-3.0-or-later
// "Encrypted at rest": the key slots. The database's data key is stored only wrapped,
// once for the passphrase and once for the recovery key; changing one rewraps only its slot.
#include "TestLanguage.h"
#include "TestSupport.h"

#include "crypto/KeyFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::crypto;

namespace {

// Tests unlock many times: the least cost libsodium allows. The real cost is the same code
// with other numbers (KdfCost::passphrase(), timed in the benchmarks).
KeyFile cheapFile(const Secret &dataKey, const QString &passphrase, const QString &recovery)
{
    return KeyFile::create(dataKey, passphrase, recovery, KdfCost::minimal(), KdfCost::minimal());
}

QString hexOf(const Secret &secret)
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size()))
            .toHex());
}

} // namespace

TEST_CASE("key slots: the passphrase and the recovery key each unwrap the same data key")
{
    const Secret dataKey = Secret::random(32);
    const QString recovery = newRecoveryKey();
    const KeyFile file = cheapFile(dataKey, QStringLiteral("Zonnebloem in de regen 42"), recovery);

    Result<Secret> byPassphrase = file.unlock(QStringLiteral("Zonnebloem in de regen 42"));
    REQUIRE(byPassphrase);
    CHECK(*byPassphrase == dataKey);
    Result<Secret> byRecovery = file.unlockWithRecoveryKey(recovery);
    REQUIRE(byRecovery);
    CHECK(*byRecovery == dataKey);

    // As typed from paper: lower case, spaces instead of dashes, O for 0 and l for 1.
    QString typed = recovery.toLower();
    typed.replace(QLatin1Char('-'), QLatin1Char(' '));
    typed.replace(QLatin1Char('0'), QLatin1Char('o'));
    typed.replace(QLatin1Char('1'), QLatin1Char('l'));
    CHECK(file.unlockWithRecoveryKey(typed));
}

TEST_CASE("key slots: a wrong passphrase or recovery key is said plainly and gives no key")
{
    traject::test::TestLanguage dutch(QStringLiteral("nl"));
    const Secret dataKey = Secret::random(32);
    const QString recovery = newRecoveryKey();
    const KeyFile file = cheapFile(dataKey, QStringLiteral("geheim"), recovery);

    const Result<Secret> wrong = file.unlock(QStringLiteral("Geheim"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().message == QStringLiteral("De wachtzin klopt niet."));
    CHECK(wrong.error().detail == KeyFile::wrongSecretDetail());

    const Result<Secret> otherKey = file.unlockWithRecoveryKey(newRecoveryKey());
    REQUIRE_FALSE(otherKey);
    CHECK(otherKey.error().message == QStringLiteral("De herstelsleutel klopt niet."));

    const Result<Secret> notAKey = file.unlockWithRecoveryKey(QStringLiteral("ABCD-EFGH"));
    REQUIRE_FALSE(notAKey);
    CHECK(notAKey.error().message
          == QStringLiteral("Een herstelsleutel heeft 32 letters en cijfers, in 8 groepen van 4."));
}

TEST_CASE("key slots: a new passphrase rewraps only its slot")
{
    const Secret dataKey = Secret::random(32);
    const QString recovery = newRecoveryKey();
    KeyFile file = cheapFile(dataKey, QStringLiteral("oud"), recovery);
    const QByteArray before = file.toJson();

    file.setPassphrase(dataKey, QStringLiteral("nieuw"), KdfCost::minimal());
    CHECK_FALSE(file.unlock(QStringLiteral("oud")));
    Result<Secret> unlocked = file.unlock(QStringLiteral("nieuw"));
    REQUIRE(unlocked);
    CHECK(*unlocked == dataKey);
    CHECK(file.unlockWithRecoveryKey(recovery));

    // The recovery slot is byte for byte the one before.
    const auto slotText = [](const QByteArray &json, const char *slot) {
        const QJsonArray slots
            = QJsonDocument::fromJson(json).object().value(QLatin1String("slots")).toArray();
        for (const QJsonValue &v : slots) {
            if (v.toObject().value(QLatin1String("slot")).toString() == QLatin1String(slot))
                return QJsonDocument(v.toObject()).toJson();
        }
        return QByteArray();
    };
    CHECK(slotText(file.toJson(), "recovery-key") == slotText(before, "recovery-key"));
    CHECK(slotText(file.toJson(), "passphrase") != slotText(before, "passphrase"));
}

TEST_CASE("key slots: a new recovery key makes the old one stop working")
{
    const Secret dataKey = Secret::random(32);
    const QString oldRecovery = newRecoveryKey();
    KeyFile file = cheapFile(dataKey, QStringLiteral("wachtzin"), oldRecovery);
    const QString newRecovery = newRecoveryKey();
    file.setRecoveryKey(dataKey, newRecovery, KdfCost::minimal());
    CHECK_FALSE(file.unlockWithRecoveryKey(oldRecovery));
    Result<Secret> unlocked = file.unlockWithRecoveryKey(newRecovery);
    REQUIRE(unlocked);
    CHECK(*unlocked == dataKey);
    CHECK(file.unlock(QStringLiteral("wachtzin")));
}

TEST_CASE("key slots: the file holds neither the data key nor a secret, and reads back")
{
    QTemporaryDir dir;
    const QString path = KeyFile::pathFor(dir.filePath(QStringLiteral("caseload.sqlite")));
    CHECK(path == dir.filePath(QStringLiteral("caseload.sqlite.keys")));
    const Secret dataKey = Secret::random(32);
    const QString recovery = newRecoveryKey();
    REQUIRE(cheapFile(dataKey, QStringLiteral("Lentebries"), recovery).write(path));

    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    CHECK_FALSE(bytes.contains("Lentebries"));
    CHECK_FALSE(bytes.contains(recovery.toLatin1()));
    CHECK_FALSE(bytes.toLower().contains(hexOf(dataKey).toLatin1()));
    CHECK_FALSE(
        bytes.contains(QByteArray(reinterpret_cast<const char *>(dataKey.data()), 32).toBase64()));
    CHECK(QFile::permissions(path)
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));

    Result<KeyFile> read = KeyFile::read(path);
    REQUIRE(read);
    Result<Secret> unlocked = read->unlock(QStringLiteral("Lentebries"));
    REQUIRE(unlocked);
    CHECK(*unlocked == dataKey);
}

TEST_CASE("key slots: a changed, swapped or foreign slot does not open")
{
    traject::test::TestLanguage dutch(QStringLiteral("nl"));
    const Secret dataKey = Secret::random(32);
    const QString recovery = newRecoveryKey();
    const KeyFile file = cheapFile(dataKey, QStringLiteral("wachtzin"), recovery);
    QJsonObject root = QJsonDocument::fromJson(file.toJson()).object();

    SECTION("one bit of the wrapped key changed")
    {
        QJsonArray slots = root.value(QLatin1String("slots")).toArray();
        QJsonObject slot = slots.at(0).toObject();
        QByteArray wrapped
            = QByteArray::fromBase64(slot.value(QLatin1String("wrapped")).toString().toLatin1());
        wrapped[3] = char(wrapped[3] ^ 1);
        slot.insert(QLatin1String("wrapped"), QString::fromLatin1(wrapped.toBase64()));
        slots.replace(0, slot);
        root.insert(QLatin1String("slots"), slots);
    }
    SECTION("the slots of another database with the same passphrase")
    {
        const KeyFile other
            = cheapFile(Secret::random(32), QStringLiteral("wachtzin"), newRecoveryKey());
        root.insert(QLatin1String("slots"),
                    QJsonDocument::fromJson(other.toJson()).object().value(QLatin1String("slots")));
    }
    SECTION("the passphrase slot moved into the recovery slot's place")
    {
        QJsonArray slots = root.value(QLatin1String("slots")).toArray();
        QJsonObject first = slots.at(0).toObject();
        QJsonObject second = slots.at(1).toObject();
        const QJsonValue name = first.value(QLatin1String("slot"));
        first.insert(QLatin1String("slot"), second.value(QLatin1String("slot")));
        second.insert(QLatin1String("slot"), name);
        slots.replace(0, first);
        slots.replace(1, second);
        root.insert(QLatin1String("slots"), slots);
    }
    Result<KeyFile> changed = KeyFile::parse(QJsonDocument(root).toJson());
    REQUIRE(changed);
    CHECK_FALSE(changed->unlock(QStringLiteral("wachtzin")));
}

TEST_CASE("key slots: a file that is not a key file is refused in words")
{
    traject::test::TestLanguage dutch(QStringLiteral("nl"));
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("weg.sqlite.keys"));
    const Result<KeyFile> none = KeyFile::read(missing);
    REQUIRE_FALSE(none);
    CHECK(none.error().message == QStringLiteral("Het sleutelbestand %1 ontbreekt.").arg(missing));

    for (const QByteArray &bytes :
         { QByteArray("SQLite format 3"), QByteArray("{}"),
           QByteArray(R"({"format":"trajectplanner-keys","version":1,"cipher":"sqlcipher4",)"
                      R"("keyId":"AAAAAAAAAAAAAAAAAAAAAA==","slots":[]})") }) {
        INFO(bytes.constData());
        const Result<KeyFile> parsed = KeyFile::parse(bytes);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().message
              == QStringLiteral("Het sleutelbestand is beschadigd of is geen sleutelbestand van "
                                "Trajectplanner."));
    }
}

TEST_CASE("a recovery key is 32 signs in 8 groups of 4, without look-alikes, new every time")
{
    const QRegularExpression shape(
        QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$"));
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString key = newRecoveryKey();
        INFO(key.toStdString());
        CHECK(shape.match(key).hasMatch());
        CHECK(canonicalRecoveryKey(key) == key);
        seen.insert(key);
    }
    CHECK(seen.size() == 200);
    CHECK_FALSE(canonicalRecoveryKey(QStringLiteral("UUUU-0000-0000-0000-0000-0000-0000-0000")));
    CHECK_FALSE(canonicalRecoveryKey(QString()));
}

} // namespace TRAJECT_UNITY_ID
