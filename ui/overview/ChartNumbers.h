// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace traject {

class ChartWidget;

/// The text alternative of a chart: its numbers as a table, shown under the chart on request (a
/// button), and said in one line as the chart's accessible description, so that a screen reader
/// reads what the picture shows.
class ChartNumbers : public QWidget
{
    Q_OBJECT

public:
    /// `title` names the chart (its section's heading).
    ChartNumbers(ChartWidget *chart, const QString &title, QWidget *parent = nullptr);

    /// The header row, then one row per bar: its label, then its numbers.
    void setNumbers(const QStringList &header, const QList<QStringList> &rows);

    QPushButton *button() const { return m_button; }
    QTableWidget *table() const { return m_table; }

private:
    void showTable(bool shown);

    ChartWidget *m_chart = nullptr;
    QPushButton *m_button = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace traject
