// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/OpeningBackup.h"

#include "storage/Backups.h"

#include <QThread>

namespace traject {

OpeningBackup::OpeningBackup(QString databasePath, int keep, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_keep(keep)
{ }

OpeningBackup::~OpeningBackup()
{
    wait();
    delete m_thread;
}

void OpeningBackup::start()
{
    if (isRunning())
        return;
    delete m_thread;
    m_thread = QThread::create([this, path = m_databasePath, keep = m_keep] {
        auto backup = backupOnOpen(path, systemClock(), keep);
        // Told on the thread this object lives in.
        if (backup) {
            const QString made = backup->value_or(QString());
            QMetaObject::invokeMethod(
                this, [this, made] { Q_EMIT this->made(made); }, Qt::QueuedConnection);
        } else {
            const QString message
                = tr("No backup could be made while opening: %1").arg(backup.error().message);
            QMetaObject::invokeMethod(
                this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
        }
    });
    m_thread->setObjectName(QStringLiteral("opening backup"));
    m_thread->start(QThread::LowPriority);
}

void OpeningBackup::wait()
{
    if (m_thread)
        m_thread->wait();
}

bool OpeningBackup::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace traject
