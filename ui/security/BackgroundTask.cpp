// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundTask.h"

#include <QThread>

#include <memory>

namespace traject {

BackgroundTask::BackgroundTask(QObject *parent)
    : QObject(parent)
{ }

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundTask::start(std::function<Status()> work)
{
    if (m_thread)
        return;
    auto result = std::make_shared<Status>();
    m_thread = QThread::create([work = std::move(work), result] { *result = work(); });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished(*result);
    });
    m_thread->start();
}

} // namespace traject
