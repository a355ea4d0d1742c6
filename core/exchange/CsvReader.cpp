// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include "Files.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

#include <array>

namespace traject {

namespace {

constexpr char bom[] = "\xEF\xBB\xBF";

/// Windows-1252 where it differs from Latin-1 (0x80–0x9F); the five unused bytes keep their
/// Latin-1 meaning, as the WHATWG encoding standard does.
constexpr std::array<char16_t, 32> windows1252High {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

bool isBlankRecord(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

/// The state of the parser: the record and cell being read and where they started.
class Parser
{
public:
    Parser(QStringView text, QChar separator)
        : m_text(text)
        , m_separator(separator)
    { }

    enum class Outcome
    {
        Done,
        OpenQuote, // a quote is never closed (see openRow()/openLine())
        Cancelled,
    };

    /// Parses everything, reporting how far it is every 64 Ki characters.
    Outcome run(std::vector<CsvRow> &records, const CsvReading &reading)
    {
        const qsizetype size = m_text.size();
        qsizetype i = 0;
        qsizetype nextReport = 0;
        while (i < size) {
            if (i >= nextReport) {
                nextReport = i + 65536;
                if (reading.cancelled && reading.cancelled())
                    return Outcome::Cancelled;
                if (reading.progress)
                    reading.progress(static_cast<int>(i * 100 / size));
            }
            const QChar c = m_text[i];
            if (m_inQuotes) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < size && m_text[i + 1] == QLatin1Char('"')) {
                        m_cell.append(QLatin1Char('"'));
                        i += 2;
                        continue;
                    }
                    m_inQuotes = false;
                } else {
                    if (c == QLatin1Char('\n')
                        || (c == QLatin1Char('\r')
                            && (i + 1 >= size || m_text[i + 1] != QLatin1Char('\n'))))
                        ++m_line;
                    // A CRLF inside a cell is kept as a line break, as Excel means it.
                    if (!(c == QLatin1Char('\r') && i + 1 < size
                          && m_text[i + 1] == QLatin1Char('\n')))
                        m_cell.append(c == QLatin1Char('\r') ? QLatin1Char('\n') : c);
                }
                ++i;
                continue;
            }
            if (c == QLatin1Char('"') && m_cell.isEmpty() && !m_quoted) {
                m_inQuotes = true;
                m_quoted = true;
                m_quoteRow = m_row;
                m_quoteLine = m_line;
            } else if (c == m_separator) {
                endCell();
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                if (c == QLatin1Char('\r') && i + 1 < size && m_text[i + 1] == QLatin1Char('\n'))
                    ++i;
                endRecord(records);
                ++m_line;
                ++m_row;
                m_recordLine = m_line;
            } else {
                // A quote inside an unquoted cell, or text after a closing quote: kept as typed.
                m_cell.append(c);
            }
            ++i;
        }
        if (m_inQuotes)
            return Outcome::OpenQuote;
        if (!m_cells.isEmpty() || !m_cell.isEmpty() || m_quoted)
            endRecord(records);
        if (reading.progress)
            reading.progress(100);
        return Outcome::Done;
    }

    int openRow() const { return m_quoteRow; }
    int openLine() const { return m_quoteLine; }

private:
    void endCell()
    {
        m_cells.append(m_cell);
        m_cell.clear();
        m_quoted = false;
    }
    void endRecord(std::vector<CsvRow> &records)
    {
        endCell();
        records.push_back({ m_row, m_recordLine, m_cells });
        m_cells.clear();
    }

    QStringView m_text;
    QChar m_separator;
    QStringList m_cells;
    QString m_cell;
    bool m_inQuotes = false;
    bool m_quoted = false;
    int m_row = 1;
    int m_line = 1;
    int m_recordLine = 1;
    int m_quoteRow = 0;
    int m_quoteLine = 0;
};

} // namespace

QString CsvReader::fromWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        *out++ = value >= 0x80 && value <= 0x9F ? QChar(windows1252High[value - 0x80])
                                                : QChar(char16_t(value));
    }
    return text;
}

QString CsvReader::decode(const QByteArray &bytes, CsvEncoding *encoding)
{
    // Excel's "Unicode text" is UTF-16 (little endian) with a byte order mark.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                          : QStringConverter::Utf16BE);
        if (encoding)
            *encoding = CsvEncoding::Utf16;
        // A broken file can hold half a surrogate pair: it becomes U+FFFD, so that no text that
        // cannot be written as UTF-8 reaches the database or a later export.
        QString text = utf16(bytes.mid(2));
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
                ++i;
            else if (c.isSurrogate())
                text[i] = QChar::ReplacementCharacter;
        }
        return text;
    }
    const bool hasBom = bytes.startsWith(bom);
    const QByteArray body = hasBom ? bytes.mid(3) : bytes;
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8(body);
    if (!utf8.hasError()) {
        if (encoding)
            *encoding = hasBom ? CsvEncoding::Utf8WithBom : CsvEncoding::Utf8;
        return text;
    }
    if (encoding)
        *encoding = CsvEncoding::Windows1252;
    return fromWindows1252(body);
}

QChar CsvReader::detectSeparator(QStringView text)
{
    int semicolons = 0;
    int tabs = 0;
    int commas = 0;
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!inQuotes && c == QLatin1Char(';'))
            ++semicolons;
        else if (!inQuotes && c == QLatin1Char('\t'))
            ++tabs;
        else if (!inQuotes && c == QLatin1Char(','))
            ++commas;
    }
    if (semicolons > 0)
        return QLatin1Char(';');
    if (tabs > 0)
        return QLatin1Char('\t');
    if (commas > 0)
        return QLatin1Char(',');
    return QLatin1Char(';');
}

Result<CsvTable> CsvReader::parse(const QByteArray &bytes, const CsvReading &reading)
{
    CsvTable table;
    const QString text = decode(bytes, &table.encoding);
    table.separator = detectSeparator(text);

    std::vector<CsvRow> records;
    Parser parser(text, table.separator);
    const Parser::Outcome outcome = parser.run(records, reading);
    if (outcome == Parser::Outcome::Cancelled)
        return Error { tr("Reading the file was cancelled; nothing was imported."), {} };
    if (outcome == Parser::Outcome::OpenQuote)
        return Error { tr("Row %1 (line %2 of the file): a quotation mark is opened but never "
                          "closed. Check the cell that starts there.")
                           .arg(parser.openRow())
                           .arg(parser.openLine()),
                       {} };

    bool haveHeader = false;
    for (auto &record : records) {
        if (isBlankRecord(record.cells)) {
            table.emptyRows.append(record.row);
        } else if (!haveHeader) {
            for (const QString &name : std::as_const(record.cells))
                table.header.append(name.trimmed());
            haveHeader = true;
        } else {
            table.rows.push_back(std::move(record));
        }
    }
    if (!haveHeader)
        return Error { tr("The file is empty: there is no header row with column names."), {} };
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString &path, const CsvReading &reading)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("The file %1 cannot be read: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()),
                       {} };
    if (file.size() > maxFileSize)
        return Error { tr("The file %1 is %2 MB: files over %3 MB are not read. Is it the "
                          "right file? Otherwise save only the rows to import in a file of its "
                          "own.")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(file.size() / (1024 * 1024))
                           .arg(maxFileSize / (1024 * 1024)),
                       {} };
    return parse(file.readAll(), reading);
}

QString CsvReader::rowRanges(const QList<int> &rows)
{
    QStringList parts;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype end = i;
        while (end + 1 < rows.size() && rows.at(end + 1) == rows.at(end) + 1)
            ++end;
        if (end - i >= 2) {
            parts.append(QStringLiteral("%1–%2").arg(rows.at(i)).arg(rows.at(end)));
        } else {
            for (qsizetype k = i; k <= end; ++k)
                parts.append(QString::number(rows.at(k)));
        }
        i = end + 1;
    }
    return parts.join(QLatin1String(", "));
}

// ---------------------------------------------------------------------------------------------

namespace {

/// A number as Excel shows it, not as a formula: an optional sign, digits, and at most one
/// decimal comma or point.
bool isPlainNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(?:[.,][0-9]+)?$"));
    return number.match(text).hasMatch();
}

} // namespace

QString CsvWriter::cell(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        // Excel and LibreOffice run a cell that starts with one of these as a formula (also
        // "+32 470 12 34 56", "-1+1" or "-(1)"): an apostrophe keeps it text.
        const QChar first = value.front();
        const bool formula = first == QLatin1Char('=') || first == QLatin1Char('+')
            || first == QLatin1Char('-') || first == QLatin1Char('@') || first == QLatin1Char('\t')
            || first == QLatin1Char('\r');
        if (formula && !isPlainNumber(value))
            value.prepend(QLatin1Char('\''));
    }
    const bool needsQuotes = value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QString CsvWriter::date(QDate day)
{
    return day.isValid() ? day.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QByteArray CsvWriter::write(const QStringList &header, const QList<QStringList> &rows)
{
    QString text;
    const auto line = [&text](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text.append(QLatin1Char(';'));
            text.append(cell(cells.at(i)));
        }
        text.append(QLatin1String("\r\n"));
    };
    line(header);
    for (const auto &row : rows)
        line(row);
    return QByteArray(bom) + text.toUtf8();
}

Status CsvWriter::writeFile(const QString &path, const QStringList &header,
                            const QList<QStringList> &rows)
{
    return writeFileAtomically(path, write(header, rows));
}

} // namespace traject
