// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Placement.h"
#include "plan/DocumentDialog.h"

class QComboBox;
class QLabel;

namespace traject {

/// The attendance sheet of one placement for its mentor: a line per planned day with the planned
/// hours, the hours worked and a signature box, filled in on paper and entered afterwards.
/// Preview, print or save it as a PDF; printed and saved sheets are kept as numbered versions.
class AttendanceSheetDialog : public DocumentDialog
{
    Q_OBJECT

public:
    AttendanceSheetDialog(Session &session, qint64 placementId, QWidget *parent = nullptr);

    QString problem() const override;
    QComboBox *languageCombo() const { return m_language; }
    /// The sentence that says what the sheet is for.
    QString description() const;

protected:
    Result<PagedDocument> document(int number) const override;
    Result<PlanVersion> store() const override;
    Result<std::vector<PlanVersion>> storedVersions() const override;
    bool listed(const PlanVersion &version) const override;
    QString documentTitle() const override;
    QString fileName(int number) const override;

private:
    QString language() const;

    qint64 m_placementId = 0;
    Placement m_placement;
    QString m_learnerName;
    QString m_fileTag; // in file names instead of the name
    QString m_site;
    QString m_unavailable;
    QLabel *m_description = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace traject
