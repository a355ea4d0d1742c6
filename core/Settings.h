// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace traject {

/// One typed setting: its key and its default. All settings are declared in namespace Setting.
template<typename T> struct SettingKey
{
    const char *key;
    T defaultValue;
};

namespace Setting {
inline const SettingKey<QString> Language { "ui/language", QStringLiteral("nl") };
inline const SettingKey<QByteArray> WindowGeometry { "ui/windowGeometry", {} };
inline const SettingKey<QByteArray> WindowState { "ui/windowState", {} };
inline const SettingKey<QByteArray> SplitterState { "ui/splitterState", {} };
inline const SettingKey<qint64> LastLearner { "ui/lastLearner", 0 };
/// The intake form that is open ("database path|intake id"), cleared when it closes: after a
/// crash the next start offers to resume it.
inline const SettingKey<QString> OpenIntake { "intake/open", {} };
/// After how many years an ended trajectory is listed for review (anonymise or erase).
inline const SettingKey<int> RetentionYears { "privacy/retentionYears", 5 };
/// How many automatic backups are kept in the backups folder beside the database.
inline const SettingKey<int> BackupsKept { "backup/keep", 30 };
/// The overview lists a learner in an active phase without a contact moment for more than this
/// many days.
inline const SettingKey<int> NoContactDays { "overview/noContactDays", 30 };
/// The SPOC's own details, printed on plans and sheets (SpocContact).
inline const SettingKey<QString> SpocName { "spoc/name", {} };
inline const SettingKey<QString> SpocPhone { "spoc/phone", {} };
inline const SettingKey<QString> SpocEmail { "spoc/email", {} };
inline const SettingKey<QString> SpocOrganisation { "spoc/organisation", {} };
/// After how many minutes without a key or a mouse move the window of an encrypted database
/// locks itself (0: never).
inline const SettingKey<int> LockAfterIdleMinutes { "security/lockAfterIdleMinutes", 10 };
} // namespace Setting

/// Reads and writes the typed settings (QSettings underneath).
class Settings
{
public:
    /// The user's settings: ~/.config/trajectplanner/trajectplanner.conf on Linux.
    Settings()
        : m_settings(QSettings::UserScope, QStringLiteral("trajectplanner"),
                     QStringLiteral("trajectplanner"))
    { }
    /// Settings in a file of their own (tests).
    explicit Settings(const QString &fileName)
        : m_settings(fileName, QSettings::IniFormat)
    { }

    template<typename T> T get(const SettingKey<T> &setting) const
    {
        const QVariant value = m_settings.value(QLatin1String(setting.key));
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : setting.defaultValue;
    }

    template<typename T> void set(const SettingKey<T> &setting, const T &value)
    {
        m_settings.setValue(QLatin1String(setting.key), QVariant::fromValue(value));
    }

private:
    QSettings m_settings;
};

} // namespace traject
