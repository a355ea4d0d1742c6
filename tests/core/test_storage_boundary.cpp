// SPDX-License-Identifier: GPL-3.0-or-later
// The storage boundary: ui and app see repositories, queries, edits and the Database handle; they
// do not see SQL (Qt SQL, sql::), transactions, deletion snapshots or the driver. The compiler
// enforces Qt SQL (private to core); this check enforces the internal headers of core.
#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

namespace {

/// Every line of a .cpp or .h file under `folder` that reaches past the storage boundary, as
/// "file:line: text".
QStringList crossings(const QString &folder)
{
    static const QRegularExpression forbidden(QString::fromLatin1(
        R"re(#\s*include\s*["<](storage/internal/|sqlite/SqliteDriver|sqlite/SqliteResult|QSql|QtSql/))re"
        R"re(|\bsql::|\bQSql[A-Z]\w*|\bDeletionSnapshot\b|\bTransaction\b)re"));
    QStringList found;
    QDirIterator it(folder, { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        int number = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            ++number;
            if (forbidden.match(line).hasMatch())
                found.append(QStringLiteral("%1:%2: %3")
                                 .arg(QDir(folder).relativeFilePath(path))
                                 .arg(number)
                                 .arg(line));
        }
    }
    found.sort();
    return found;
}

QString sourceFolder(const char *name)
{
    return QDir(QStringLiteral(TRAJECT_TEST_DATA "/../..")).absoluteFilePath(QLatin1String(name));
}

} // namespace

TEST_CASE("ui and app reach no storage internals: no SQL, transaction, snapshot or driver")
{
    for (const char *folder : { "ui", "app" }) {
        INFO(folder);
        REQUIRE(QDir(sourceFolder(folder)).exists());
        CHECK(crossings(sourceFolder(folder)).join(QLatin1Char('\n')).toStdString().empty());
    }
}

TEST_CASE("the storage boundary check finds each way across it")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QDir(folder.path()).mkpath(QStringLiteral("dossier"));
    QFile file(folder.filePath(QStringLiteral("dossier/Tab.cpp")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("#include \"storage/BarrierRepository.h\"\n"
               "#include \"storage/internal/Sql.h\"\n"
               "#include <QSqlQuery>\n"
               "#include \"sqlite/SqliteDriver.h\"\n"
               "auto n = sql::scalar(db, text);\n"
               "QSqlDatabase connection;\n"
               "Transaction transaction(db);\n"
               "DeletionSnapshot snapshot;\n"
               "auto ok = sql::inTransaction(db, work);\n"
               "auto removed = session.remove(text, id, id, session.through(&Repo::remove));\n"
               "#include \"sqlite/Versions.h\"\n");
    file.close();
    const QStringList found = crossings(folder.path());
    CHECK(found
          == QStringList {
              QStringLiteral("dossier/Tab.cpp:2: #include \"storage/internal/Sql.h\""),
              QStringLiteral("dossier/Tab.cpp:3: #include <QSqlQuery>"),
              QStringLiteral("dossier/Tab.cpp:4: #include \"sqlite/SqliteDriver.h\""),
              QStringLiteral("dossier/Tab.cpp:5: auto n = sql::scalar(db, text);"),
              QStringLiteral("dossier/Tab.cpp:6: QSqlDatabase connection;"),
              QStringLiteral("dossier/Tab.cpp:7: Transaction transaction(db);"),
              QStringLiteral("dossier/Tab.cpp:8: DeletionSnapshot snapshot;"),
              QStringLiteral("dossier/Tab.cpp:9: auto ok = sql::inTransaction(db, work);") });
}

} // namespace TRAJECT_UNITY_ID
