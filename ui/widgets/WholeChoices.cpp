// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/WholeChoices.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionComboBox>

#include <algorithm>

namespace traject {

namespace {

/// Keeps the widths and the tooltip of one combo box up to date.
class WholeChoices : public QObject
{
public:
    WholeChoices(QComboBox *combo, int maxCharacters)
        : QObject(combo)
        , m_combo(combo)
        , m_maxCharacters(maxCharacters)
        , m_tooltip(combo->toolTip())
    {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->installEventFilter(this);
        QAbstractItemModel *model = combo->model();
        connect(model, &QAbstractItemModel::rowsInserted, this, &WholeChoices::fit);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &WholeChoices::fit);
        connect(model, &QAbstractItemModel::modelReset, this, &WholeChoices::fit);
        connect(model, &QAbstractItemModel::dataChanged, this, &WholeChoices::fit);
        connect(combo, &QComboBox::currentIndexChanged, this, &WholeChoices::updateTooltip);
        fit();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_combo) {
            if (event->type() == QEvent::Resize)
                updateTooltip();
            else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
                fit();
            else if (event->type() == QEvent::ToolTipChange && !m_settingTooltip)
                m_tooltip = m_combo->toolTip();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    /// The width of the text of the widest item, as the combo box draws it.
    int widestText() const
    {
        const QFontMetrics metrics = m_combo->fontMetrics();
        int widest = 0;
        for (int row = 0; row < m_combo->count(); ++row)
            widest = std::max(widest, metrics.horizontalAdvance(m_combo->itemText(row)));
        return widest;
    }

    /// The field where the combo box draws its current text, when it is this wide.
    QRect textField(int comboWidth) const
    {
        QStyleOptionComboBox option;
        option.initFrom(m_combo);
        option.rect.setWidth(comboWidth);
        option.editable = m_combo->isEditable();
        option.frame = m_combo->hasFrame();
        // The style draws the text a pixel in from each side (QCommonStyle, CE_ComboBoxLabel).
        return m_combo->style()
            ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, m_combo)
            .adjusted(1, 0, -1, 0);
    }

    /// The width of the combo box around a text of this width (frame, margins, arrow).
    int comboWidthFor(int textWidth) const
    {
        const int trial = 1000;
        return textWidth + trial - textField(trial).width();
    }

    void fit()
    {
        const int widest = widestText();
        const int most = m_combo->fontMetrics().averageCharWidth() * m_maxCharacters;
        m_combo->setMinimumWidth(comboWidthFor(std::min(widest, most)));
        // The list: the widest item, its margins, and room for a scroll bar.
        QAbstractItemView *list = m_combo->view();
        const int scrollBar = list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, list);
        const int itemMargins = 2 * (list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        const int frame = 2 * list->frameWidth();
        list->setMinimumWidth(std::max(list->sizeHintForColumn(0), widest + itemMargins) + scrollBar
                              + frame);
        updateTooltip();
    }

    /// The current choice whole in the tooltip, when the combo box cuts it.
    void updateTooltip()
    {
        const QRect field = textField(m_combo->width());
        const QString current = m_combo->currentText();
        const bool cut = m_combo->fontMetrics().horizontalAdvance(current) > field.width();
        QString tooltip = m_tooltip;
        if (cut)
            tooltip = m_tooltip.isEmpty() ? current : current + QStringLiteral("\n\n") + m_tooltip;
        if (tooltip != m_combo->toolTip()) {
            m_settingTooltip = true;
            m_combo->setToolTip(tooltip);
            m_settingTooltip = false;
        }
    }

    QComboBox *m_combo;
    int m_maxCharacters;
    QString m_tooltip; // the combo box's own tooltip, without the current choice
    bool m_settingTooltip = false;
};

} // namespace

void showWholeChoices(QComboBox *combo, int maxCharacters)
{
    new WholeChoices(combo, maxCharacters);
}

} // namespace traject
