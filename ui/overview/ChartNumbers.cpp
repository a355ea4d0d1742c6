// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartNumbers.h"

#include "ChartWidget.h"
#include "widgets/ItemViews.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace traject {

ChartNumbers::ChartNumbers(ChartWidget *chart, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_chart(chart)
{
    m_chart->setAccessibleName(title);
    m_button = new QPushButton(tr("Show the numbers"));
    m_button->setCheckable(true);
    m_button->setAutoDefault(false);
    m_table = new TableWidget;
    m_table->setAccessibleName(tr("%1: the numbers").arg(title));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->hide();
    connect(m_button, &QPushButton::toggled, this, &ChartNumbers::showTable);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    layout->addWidget(m_table);
}

void ChartNumbers::setNumbers(const QStringList &header, const QList<QStringList> &rows)
{
    m_table->clear();
    m_table->setColumnCount(int(header.size()));
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels(header);
    QStringList spoken;
    for (int row = 0; row < rows.size(); ++row) {
        const QStringList &cells = rows.at(row);
        QStringList numbers;
        for (int column = 0; column < cells.size() && column < header.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column > 0) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                numbers.append(header.size() > 2
                                   ? tr("%1 %2").arg(header.at(column), cells.at(column))
                                   : cells.at(column));
            }
            m_table->setItem(row, column, item);
        }
        spoken.append(tr("%1: %2").arg(cells.value(0), numbers.join(QStringLiteral(", "))));
    }
    m_table->resizeColumnsToContents();
    m_table->setFixedHeight(m_table->horizontalHeader()->height()
                            + m_table->verticalHeader()->length() + 2 * m_table->frameWidth());
    // What the chart shows, in words: a screen reader says it with the chart's name.
    m_chart->setAccessibleDescription(spoken.join(QStringLiteral("; ")));
}

void ChartNumbers::showTable(bool shown)
{
    m_table->setVisible(shown);
    m_button->setText(shown ? tr("Hide the numbers") : tr("Show the numbers"));
}

} // namespace traject
