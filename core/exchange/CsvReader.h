// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

#include <vector>

namespace traject {

/// How the bytes of a CSV file were read.
enum class CsvEncoding
{
    Utf8,
    Utf8WithBom,
    Utf16, // Excel's "Unicode text": UTF-16 with a byte order mark, cells between tabs
    Windows1252
};

/// One record of a CSV file (a row of the spreadsheet).
struct CsvRow
{
    /// The spreadsheet's row number: 1 is the header, empty rows count too (as Excel shows them).
    int row = 0;
    /// The line of the file on which the record starts (a quoted cell may span several lines).
    int line = 0;
    QStringList cells;
};

/// A CSV file as read: its header, its records, and what was left out.
struct CsvTable
{
    QStringList header;
    std::vector<CsvRow> rows;
    /// The row numbers of empty rows (no cell with text), left out without being an error.
    QList<int> emptyRows;
    QChar separator = QLatin1Char(';');
    CsvEncoding encoding = CsvEncoding::Utf8;
};

/// What a long read reports and asks while it runs (on a worker thread): how far it is, and
/// whether to stop. Both are called from the reading thread.
struct CsvReading
{
    std::function<void(int percent)> progress;
    std::function<bool()> cancelled;
};

/// Reads CSV as Belgian Excel writes it: `;` between cells (`,` or a tab when the header has no
/// `;`), cells in double quotes with doubled quotes inside and line breaks or separators in them,
/// UTF-8 with or without a byte order mark, UTF-16 with one (Excel's "Unicode text"), or else
/// Windows-1252, CRLF or LF line ends. Files over maxFileSize are refused before they are read.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// The largest file read (50 MiB): far above any caseload, well below what would make the
    /// program slow or short of memory.
    static constexpr qint64 maxFileSize = 50LL * 1024 * 1024;

    /// Reads and parses a file; a file that cannot be read, one over maxFileSize, an empty file
    /// and a quote that is never closed are errors (with the row number).
    static Result<CsvTable> readFile(const QString &path, const CsvReading &reading = {});
    /// Parses the bytes of a CSV file. A read that is cancelled is an error that says so.
    static Result<CsvTable> parse(const QByteArray &bytes, const CsvReading &reading = {});

    /// The text of the bytes: UTF-16 when they start with its byte order mark, UTF-8 (byte order
    /// mark removed) when they are valid UTF-8, otherwise Windows-1252.
    static QString decode(const QByteArray &bytes, CsvEncoding *encoding = nullptr);
    /// Windows-1252 to text, with its own table for 0x80–0x9F (independent of the Qt build).
    static QString fromWindows1252(const QByteArray &bytes);
    /// The separator the header line uses: `;`, else a tab, else `,`; `;` when it has none.
    static QChar detectSeparator(QStringView text);
    /// Row numbers as a short text: runs of three or more as a range ("4, 9, 120–5000"), so
    /// that thousands of empty rows at the end of a sheet make one line.
    static QString rowRanges(const QList<int> &rows);
};

/// Writes any list as CSV that Belgian Excel opens as it is: `;` between cells, UTF-8 with a byte
/// order mark, CRLF line ends, quotes only where needed.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows);
    /// Writes the list to a file at once or not at all (owner-only).
    static Status writeFile(const QString &path, const QStringList &header,
                            const QList<QStringList> &rows);

    /// One cell as written: quoted when it holds `;`, a quote, a line break or spaces at either
    /// end. A cell that starts with =, +, -, @, a tab or a carriage return gets a leading
    /// apostrophe, so that Excel shows it as text instead of running it as a formula, unless the
    /// whole cell is a plain number ("-5", "+3,5"): a phone number "+32 470 12 34 56" gets one.
    static QString cell(const QString &text);
    /// A date as the users read it: dd/mm/yyyy (empty when there is none).
    static QString date(QDate day);
};

} // namespace traject
