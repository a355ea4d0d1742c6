// SPDX-License-Identifier: GPL-3.0-or-later
// Consents on the Profile tab, and the plan for a partner made under one of them.
#include "DateTyping.h"
#include "TestSupport.h"

#include "Session.h"
#include "demo/DemoData.h"
#include "dossier/ProfileTab.h"
#include "dossier/profile/ConsentDialog.h"
#include "dossier/profile/ConsentEditor.h"
#include "dossier/profile/ConsentModel.h"
#include "plan/PlanDialog.h"
#include "storage/ConsentRepository.h"
#include "storage/LearnerRepository.h"
#include "widgets/DateField.h"
#include "widgets/EditorSupport.h"
#include "widgets/TableSection.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

struct ConsentFixture
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    std::unique_ptr<Session> session;
    std::unique_ptr<ProfileTab> tab;
    qint64 learner = 0;

    ConsentFixture()
    {
        require(demo::fillDemoCaseload(*db, clock));
        session = std::make_unique<Session>(*db, clock);
        // A learner with consents, among them the welfare partner's with the sensitive barriers.
        for (const Learner &l : require(LearnerRepository(*db, clock).all())) {
            const auto given = consents(l.id);
            if (std::any_of(given.begin(), given.end(), [](const Consent &c) {
                    return c.recipient == ConsentRecipient::Welfare;
                })) {
                learner = l.id;
                break;
            }
        }
        REQUIRE(learner != 0);
        tab = std::make_unique<ProfileTab>(*session);
        tab->resize(800, 600);
        tab->show();
        QApplication::setActiveWindow(tab.get());
        tab->showLearner(learner);
    }

    std::vector<Consent> consents(qint64 id) const
    {
        return require(ConsentRepository(*db, clock).forLearner(id));
    }
    std::vector<Consent> consents() const { return consents(learner); }
    ConsentEditor *editor() const { return tab->consentEditor(); }

    ConsentDialog *dialog() const
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return qobject_cast<ConsentDialog *>(editor()->openEditor());
    }
};

void tab()
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}

} // namespace

TEST_CASE("the profile tab lists the learner's consents, newest first, as a sound model")
{
    ConsentFixture f;
    ConsentModel *model = f.editor()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto stored = f.consents();
    REQUIRE(model->rowCount() == static_cast<int>(stored.size()));
    CHECK(model->index(0, ConsentModel::Recipient).data().toString()
          == stored.front().recipientText());
    CHECK(model->index(0, ConsentModel::Given).data().toString()
          == stored.front().givenOn.toString(u"dd/MM/yyyy"));
    CHECK(model->index(0, ConsentModel::Shares).data().toString() == stored.front().sharesText());
    CHECK(model->index(0, 0).data(ConsentModel::IdRole).toLongLong() == stored.front().id);
}

TEST_CASE("a consent is recorded by keyboard, refused while nothing is ticked, and undone")
{
    ConsentFixture f;
    const auto before = f.consents();
    QTest::mouseClick(f.editor()->section()->addButton(), Qt::LeftButton);
    ConsentDialog *dialog = f.dialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    CHECK(QApplication::focusWidget() == dialog->recipientCombo());

    // Someone else, by name; given today; not withdrawn.
    dialog->recipientCombo()->setCurrentIndex(
        dialog->recipientCombo()->findData(static_cast<int>(ConsentRecipient::Other)));
    tab();
    CHECK(QApplication::focusWidget() == dialog->nameEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Huis van het Kind Gent"));
    tab();
    CHECK(QApplication::focusWidget() == dialog->givenField()->lineEdit());
    CHECK(dialog->givenField()->date() == f.clock.today());

    // Nothing ticked: refused beside the list, nothing stored.
    for (const ConsentShare share : allValues<ConsentShare>())
        dialog->shareBox(share)->setChecked(false);
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(dialog->errors().errorFor(QStringLiteral("shares"))
          == QStringLiteral("Tick at least one thing that may be shared."));
    CHECK(f.consents().size() == before.size());

    // The sensitive barriers only go with the barriers.
    CHECK_FALSE(dialog->shareBox(ConsentShare::Sensitive)->isEnabled());
    dialog->shareBox(ConsentShare::Barriers)->setFocus();
    QTest::keyClick(dialog->shareBox(ConsentShare::Barriers), Qt::Key_Space);
    CHECK(dialog->shareBox(ConsentShare::Sensitive)->isEnabled());
    QTest::keyClick(dialog->shareBox(ConsentShare::Barriers), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == dialog->shareBox(ConsentShare::Sensitive));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK_FALSE(dialog->isVisible());

    const auto after = f.consents();
    REQUIRE(after.size() == before.size() + 1);
    const Consent &added = after.front();
    CHECK(added.recipient == ConsentRecipient::Other);
    CHECK(added.recipientName == QStringLiteral("Huis van het Kind Gent"));
    CHECK(added.givenOn == f.clock.today());
    CHECK(added.shares == QList<ConsentShare> { ConsentShare::Barriers, ConsentShare::Sensitive });
    CHECK(f.editor()->model()->rowCount() == static_cast<int>(after.size()));
    CHECK(f.editor()->section()->currentId() == added.id);

    f.session->undoStack()->undo();
    CHECK(f.consents().size() == before.size());
    CHECK(f.editor()->model()->rowCount() == static_cast<int>(before.size()));
    f.session->undoStack()->redo();
    CHECK(f.consents().size() == before.size() + 1);
}

TEST_CASE("a withdrawn consent stays listed with its date and no longer serves a partner plan")
{
    ConsentFixture f;
    const Consent newest = f.consents().front();
    REQUIRE(newest.isActiveOn(f.clock.today()));
    REQUIRE(f.editor()->section()->selectId(newest.id));
    f.editor()->section()->view()->setFocus();
    QTest::keyClick(f.editor()->section()->view(), Qt::Key_Return);
    ConsentDialog *dialog = f.dialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    CHECK_FALSE(dialog->withdrawn().date().isValid());
    test::typeDate(dialog->withdrawn().field(), QStringLiteral("14/03/2025"), Qt::Key_Return);
    CHECK_FALSE(dialog->isVisible());

    const Consent changed = require(ConsentRepository(*f.db, f.clock).get(newest.id));
    CHECK(changed.withdrawnOn == f.clock.today());
    const int row = f.editor()->model()->rowOf(newest.id);
    CHECK(f.editor()->model()->index(row, ConsentModel::Withdrawn).data().toString()
          == f.clock.today().toString(u"dd/MM/yyyy"));
    const auto partners
        = require(ConsentRepository(*f.db, f.clock).partnerConsents(f.learner, f.clock.today()));
    CHECK(std::none_of(partners.begin(), partners.end(),
                       [&](const Consent &c) { return c.id == newest.id; }));

    f.session->undoStack()->undo();
    CHECK_FALSE(require(ConsentRepository(*f.db, f.clock).get(newest.id)).withdrawnOn.isValid());
}

TEST_CASE("a consent recorded by mistake is removed after asking")
{
    ConsentFixture f;
    const auto before = f.consents();
    QString asked;
    editor::setRemovalConfirmation([&asked](const QString &question) {
        asked = question;
        return true;
    });
    f.editor()->removeConsent(before.front().id);
    editor::setRemovalConfirmation({});
    CHECK(asked.contains(before.front().recipientText()));
    CHECK(f.consents().size() == before.size() - 1);
    f.session->undoStack()->undo();
    CHECK(f.consents().size() == before.size());
}

TEST_CASE("the plan for a partner offers only what the chosen consent covers")
{
    ConsentFixture f;
    const auto holding
        = require(ConsentRepository(*f.db, f.clock).partnerConsents(f.learner, f.clock.today()));
    REQUIRE(holding.size() >= 2);
    PlanDialog dialog(*f.session, f.learner);
    dialog.show();
    CHECK_FALSE(dialog.consentCombo()->isEnabled());
    // On the round indicator: a radio button takes a click on its indicator and text only.
    QTest::mouseClick(dialog.audienceButton(Audience::Partner), Qt::LeftButton, {}, QPoint(8, 10));
    CHECK(dialog.consentCombo()->isEnabled());
    CHECK(dialog.consentCombo()->count() == static_cast<int>(holding.size()));

    for (int index = 0; index < dialog.consentCombo()->count(); ++index) {
        dialog.consentCombo()->setCurrentIndex(index);
        const Consent &consent = holding[static_cast<size_t>(index)];
        CAPTURE(consent.recipientText());
        CHECK(dialog.options().consentId == consent.id);
        for (const PlanSection section : allSections()) {
            const auto share = consentShareFor(section);
            CHECK(dialog.sectionBox(section)->isEnabled() == (!share || consent.covers(*share)));
        }
        if (consent.covers(ConsentShare::Barriers)) {
            dialog.sectionBox(PlanSection::Barriers)->setChecked(true);
            CHECK(dialog.sensitiveBox()->isEnabled() == consent.covers(ConsentShare::Sensitive));
        }
        CHECK(dialog.errorText().isEmpty());
    }
}

TEST_CASE("screenshots of the consents and the partner plan", "[.screenshot]")
{
    // Run with TRAJECT_SCREENSHOTS=dir (and TRAJECT_TEST_LANGUAGE=nl) to look at them.
    const QDir dir(qEnvironmentVariable("TRAJECT_SCREENSHOTS"));
    ConsentFixture f;
    f.tab->resize(820, 1400);
    QTest::qWait(50);
    f.editor()->parentWidget()->grab().save(dir.filePath(QStringLiteral("consent-profile.png")));
    f.editor()->editConsent(f.consents().front().id);
    ConsentDialog *dialog = f.dialog();
    REQUIRE(dialog);
    QTest::qWait(50);
    dialog->grab().save(dir.filePath(QStringLiteral("consent-dialog.png")));
    dialog->reject();
    PlanDialog plan(*f.session, f.learner);
    plan.resize(900, 640);
    plan.show();
    QTest::mouseClick(plan.audienceButton(Audience::Partner), Qt::LeftButton, {}, QPoint(8, 10));
    QTest::qWait(50);
    plan.grab().save(dir.filePath(QStringLiteral("consent-plan.png")));
}

} // namespace TRAJECT_UNITY_ID
