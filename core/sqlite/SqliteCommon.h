// SPDX-License-Identifier: GPL-3.0-or-later
// What the driver and its results share inside core/sqlite (not a public header).
#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

#include <sqlite3.h>

namespace traject::sqlite::detail {

// The texts of Qt's own driver, looked up in Qt's translations (qtbase_*.qm) under its contexts,
// so that a message reads the same whichever driver made it. Passed through variables: they are
// Qt's strings, not ours, and must stay out of our .ts files.
inline constexpr const char *resultContext = "QSQLiteResult";
inline constexpr const char *driverContext = "QSQLiteDriver";

inline QString qtText(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

/// An error as Qt's driver makes it: our description, SQLite's message, SQLite's (extended) code.
inline QSqlError sqliteError(sqlite3 *db, const QString &description, QSqlError::ErrorType type,
                             int code)
{
    return QSqlError(description, QString(reinterpret_cast<const QChar *>(sqlite3_errmsg16(db))),
                     type, QString::number(code));
}

} // namespace traject::sqlite::detail
