// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Barrier.h"

#include <QLabel>
#include <QStringList>

#include <optional>
#include <vector>

namespace traject {

class Session;

/// "Ready to start?" for the placement or module plan chosen in a dossier tab: yes when no open
/// barrier blocks it, otherwise the open barriers that do (in a warning colour). Hidden while
/// nothing is chosen.
class ReadinessLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ReadinessLabel(QWidget *parent = nullptr);

    /// Reads the learner's barriers again (0: nobody); shows the same item with them.
    Status load(const Session &session, qint64 learnerId);
    /// Answers for this item (none: hides the line).
    void showItem(std::optional<BlockedItem> item);

    /// The descriptions of the open barriers that block an item (empty: ready to start).
    QStringList openBlockers(const BlockedItem &item) const;
    /// Whether the shown item is ready to start (true when none is shown).
    bool isReady() const { return m_open.isEmpty(); }

private:
    void refresh();

    std::vector<Barrier> m_barriers;
    std::optional<BlockedItem> m_item;
    QStringList m_open;
};

} // namespace traject
