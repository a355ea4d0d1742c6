// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace traject {

/// The backup of every open, in a thread of its own, for a file that needs no conversion: the
/// window opens at once, however large the file (a file that is converted is backed up before,
/// on the main thread, because the copy must come before any change). The backup reads through
/// its own read-only connection, so the SPOC can work while it runs. Destroying it waits for the
/// thread.
class OpeningBackup : public QObject
{
    Q_OBJECT

public:
    OpeningBackup(QString databasePath, int keep, QObject *parent = nullptr);
    ~OpeningBackup() override;

    void start();
    /// Waits until the backup is done (at once when it is not running).
    void wait();
    bool isRunning() const;

Q_SIGNALS:
    /// The backup is made; the path of the new file (empty when none was due).
    void made(const QString &path);
    /// No backup could be made; for the status bar.
    void failed(const QString &message);

private:
    QString m_databasePath;
    int m_keep = 30;
    QThread *m_thread = nullptr;
};

} // namespace traject
