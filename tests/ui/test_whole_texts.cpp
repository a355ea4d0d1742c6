// SPDX-License-Identifier: GPL-3.0-or-later
// Texts shown whole on a laptop of 1366×768, in Dutch and in English: the learner's name in the
// dossier header, the consent in "Print personal plan", the site and the persons of a placement,
// the barriers and their actions. "Whole": the width the text needs, as the widget's style draws
// it, fits in the width the widget gets in the real window.
#include "TestLanguage.h"
#include "TestSupport.h"
#include "UiSupport.h"

#include "caseload/CaseloadModel.h"
#include "dossier/BarriersTab.h"
#include "dossier/DossierWidget.h"
#include "storage/ConsentRepository.h"
#include "storage/PlacementRepository.h"
#include "widgets/TableSection.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::DemoWindow;
using traject::test::TestLanguage;

namespace {

/// The room a combo box has for its current text: its edit field, less the pixel the style
/// leaves on each side (QCommonStyle draws CE_ComboBoxLabel in the field adjusted by 1).
int textRoom(const QComboBox *combo)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.frame = combo->hasFrame();
    const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                       QStyle::SC_ComboBoxEditField, combo);
    return field.width() - 2;
}

/// Checks that the combo box shows its current text whole, or else names it whole in its
/// tooltip, and that its list (opened with F4, closed with Escape) shows every item whole.
void checkWholeChoices(QComboBox *combo)
{
    INFO("the combo box " << combo->objectName().toStdString());
    const QFontMetrics metrics = combo->fontMetrics();
    const QString current = combo->currentText();
    INFO("showing " << current.toStdString());
    REQUIRE_FALSE(current.isEmpty());
    CHECK((metrics.horizontalAdvance(current) <= textRoom(combo)
           || combo->toolTip().contains(current)));
    // And its window does not cut the combo box itself.
    const QRect inWindow(combo->mapTo(combo->window(), QPoint(0, 0)), combo->size());
    CHECK(combo->window()->rect().contains(inWindow));

    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_F4);
    QAbstractItemView *list = combo->view();
    REQUIRE(QTest::qWaitFor([list] { return list->isVisible(); }));
    // An item's text has the focus frame's margin and a pixel on each side (QCommonStyle).
    const int margins = 2 * (list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    for (int row = 0; row < combo->count(); ++row) {
        const QString item = combo->itemText(row);
        INFO("the item " << item.toStdString());
        CHECK(list->fontMetrics().horizontalAdvance(item) + margins <= list->viewport()->width());
    }
    QTest::keyClick(list, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([list] { return !list->isVisible(); }));
}

/// Clicks the button and runs `check` on the modal dialog it opens, then closes it.
void inDialogOf(QAbstractButton *button, const std::function<void(QDialog *)> &check)
{
    bool checked = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowActive(dialog));
        check(dialog);
        checked = true;
        dialog->reject();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(checked);
}

/// Clicks the dossier's tab.
void clickTab(DemoWindow &w, DossierWidget::Tab tab)
{
    QTabBar *bar = w.window->dossier()->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    REQUIRE(w.window->dossier()->tabs()->currentIndex() == tab);
}

/// Checks that every cell of the table shows its whole text, on as many lines as it needs.
void checkWholeCells(QTableView *table)
{
    const QAbstractItemModel *model = table->model();
    const int margin
        = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QString text = index.data().toString();
            if (text.isEmpty())
                continue;
            INFO("the cell " << row << "," << column << ": " << text.toStdString());
            const QVariant font = index.data(Qt::FontRole);
            const QFontMetrics metrics(font.isValid() ? font.value<QFont>() : table->font());
            const QRect room = table->visualRect(index).adjusted(margin, 0, -margin, 0);
            const QRect needed = metrics.boundingRect(QRect(0, 0, room.width(), 10000),
                                                      Qt::TextWordWrap | Qt::AlignLeft, text);
            CHECK(needed.width() <= room.width());
            CHECK(needed.height() <= room.height());
        }
    }
}

} // namespace

TEST_CASE("the dossier header shows every learner's whole name")
{
    const QString language = GENERATE(QStringLiteral("nl"), QStringLiteral("en"));
    INFO("language " << language.toStdString());
    TestLanguage speaking(language);
    DemoWindow w;
    const int learners = w.window->caseloadView()->model()->rowCount();
    REQUIRE(learners == 25);
    for (int row = 0; row < learners; ++row) {
        w.openLearnerOnRow(row);
        QTest::qWait(10); // the header's layout
        const auto *name = w.window->dossier()->findChild<QLabel *>(QStringLiteral("learnerName"));
        REQUIRE(name);
        const QString shown = name->text();
        INFO("the name " << shown.toStdString());
        // Its letters: each advance, and the ink of the last one (a bold "t" reaches past it).
        const QFontMetrics metrics = name->fontMetrics();
        CHECK(name->contentsRect().width() >= metrics.horizontalAdvance(shown));
        CHECK(name->contentsRect().width() > metrics.boundingRect(shown).right());
    }
}

TEST_CASE("Print personal plan shows the whole consent, also when none holds")
{
    const QString language = GENERATE(QStringLiteral("nl"), QStringLiteral("en"));
    INFO("language " << language.toStdString());
    TestLanguage speaking(language);
    DemoWindow w;
    // A learner who agreed to share with a partner, and one who did not.
    int withConsent = -1;
    int withoutConsent = -1;
    for (int row = 0; row < w.window->caseloadView()->model()->rowCount(); ++row) {
        const qint64 learner = w.openLearnerOnRow(row);
        auto consents = ConsentRepository(*w.db, w.clock).partnerConsents(learner, w.clock.today());
        REQUIRE(consents.ok());
        int &found = consents->empty() ? withoutConsent : withConsent;
        if (found < 0)
            found = row;
    }
    REQUIRE(withConsent >= 0);
    REQUIRE(withoutConsent >= 0);

    for (const int row : { withoutConsent, withConsent }) {
        w.openLearnerOnRow(row);
        inDialogOf(w.window->dossier()->planButton(), [&](QDialog *dialog) {
            // A partner: the consent is chosen.
            auto *partner = dialog->findChild<QRadioButton *>(QStringLiteral("audience-partner"));
            REQUIRE(partner);
            QTest::mouseClick(partner, Qt::LeftButton, {}, QPoint(8, partner->height() / 2));
            REQUIRE(partner->isChecked());
            auto *consent = dialog->findChild<QComboBox *>(QStringLiteral("consent"));
            REQUIRE(consent);
            if (row == withoutConsent)
                CHECK(consent->currentText()
                      == (language == QLatin1String("nl")
                              ? QStringLiteral("Vandaag geldt geen toestemming voor een partner")
                              : QStringLiteral("No consent for a partner holds today")));
            // Whole in the combo box itself: the dialog has the room on this screen.
            CHECK(consent->fontMetrics().horizontalAdvance(consent->currentText())
                  <= textRoom(consent));
            if (consent->isEnabled())
                checkWholeChoices(consent);
        });
    }
}

TEST_CASE("the placement dialog shows the whole site, mentor and placement supervisor")
{
    const QString language = GENERATE(QStringLiteral("nl"), QStringLiteral("en"));
    INFO("language " << language.toStdString());
    TestLanguage speaking(language);
    DemoWindow w;
    // A learner whose first placement has a site, a mentor and a supervisor.
    int learnerRow = -1;
    for (int row = 0; row < w.window->caseloadView()->model()->rowCount() && learnerRow < 0;
         ++row) {
        const qint64 learner = w.openLearnerOnRow(row);
        auto placements = PlacementRepository(*w.db, w.clock).forLearner(learner);
        REQUIRE(placements.ok());
        if (!placements->empty() && placements->front().siteId && placements->front().mentorId
            && placements->front().supervisorId)
            learnerRow = row;
    }
    REQUIRE(learnerRow >= 0);
    w.openLearnerOnRow(learnerRow);
    clickTab(w, DossierWidget::Placements);
    QWidget *tab = w.window->dossier()->tab(DossierWidget::Placements);
    QPushButton *edit = nullptr;
    const QString editText
        = QCoreApplication::translate("traject::PlacementsTab", "Change placemen&t…");
    for (QPushButton *button : tab->findChildren<QPushButton *>())
        if (button->text() == editText)
            edit = button;
    REQUIRE(edit);
    REQUIRE(edit->isEnabled());
    inDialogOf(edit, [](QDialog *dialog) {
        for (const char *name : { "site", "mentor", "supervisor" }) {
            auto *combo = dialog->findChild<QComboBox *>(QLatin1String(name));
            REQUIRE(combo);
            REQUIRE(combo->currentIndex() > 0); // a site or a person, not "(nobody yet)"
            checkWholeChoices(combo);
        }
    });
}

TEST_CASE("the barriers tab shows whole barriers, actions and titles")
{
    const QString language = GENERATE(QStringLiteral("nl"), QStringLiteral("en"));
    INFO("language " << language.toStdString());
    TestLanguage speaking(language);
    DemoWindow w;
    int checkedActions = 0;
    for (int row = 0; row < w.window->caseloadView()->model()->rowCount(); ++row) {
        w.openLearnerOnRow(row);
        clickTab(w, DossierWidget::Barriers);
        auto *tab = qobject_cast<BarriersTab *>(w.window->dossier()->tab(DossierWidget::Barriers));
        REQUIRE(tab);
        QTest::qWait(10); // the tables' layout
        INFO("the learner on row " << row);
        checkWholeCells(tab->barrierSection()->view());
        checkWholeCells(tab->actionSection()->view());
        checkWholeCells(tab->otherActionSection()->view());
        checkedActions += tab->actionSection()->view()->model()->rowCount();
        // The title above the actions: not cut by the buttons beside it.
        const QLabel *title = tab->actionSection()->titleLabel();
        INFO("the title " << title->text().toStdString());
        // Once laid out: the dossier's scroll area takes a round of layout more (on a busy
        // machine, more than the 10 ms above).
        const auto whole = [title] {
            return title->contentsRect().width()
                >= title->fontMetrics().horizontalAdvance(title->text());
        };
        CHECK(QTest::qWaitFor(whole, 1000));
    }
    CHECK(checkedActions > 0);
}

TEST_CASE("the caseload list shows every learner's whole name")
{
    const auto language = GENERATE(QStringLiteral("nl"), QStringLiteral("en"));
    const TestLanguage speaking(language);
    DemoWindow w;
    QTableView *list = w.window->caseloadView();
    const QAbstractItemModel *model = list->model();
    REQUIRE(model->rowCount() == 25);
    REQUIRE_FALSE(list->isColumnHidden(CaseloadModel::Name));
    // A cell's text has the focus frame's margin and a pixel on each side (QCommonStyle).
    const int margins
        = 2 * (list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, CaseloadModel::Name);
        const QString name = index.data().toString();
        INFO(language.toStdString() << ": " << name.toStdString());
        CHECK(list->fontMetrics().horizontalAdvance(name) + margins
              <= list->visualRect(index).width());
    }
}

} // namespace TRAJECT_UNITY_ID
