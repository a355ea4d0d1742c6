// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QObject>

#include <functional>

class QThread;

namespace traject {

/// Runs one slow piece of work at a time (a key derivation takes about a second) on a thread of
/// its own, so that the dialog that asked for it stays responsive; says how it went on the
/// thread of its owner. Going away waits for the work to end.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundTask(QObject *parent = nullptr);
    ~BackgroundTask() override;

    bool isRunning() const { return m_thread != nullptr; }
    /// Starts the work (nothing while other work is running).
    void start(std::function<Status()> work);

Q_SIGNALS:
    void finished(const traject::Status &result);

private:
    QThread *m_thread = nullptr;
};

} // namespace traject
