# Precompiled headers: the Qt and Catch2 headers nearly every file of a target includes, parsed
# once per target instead of once per file. They only speed up the build; every file still
# includes what it uses, so the code builds the same without them (TRAJECT_PCH=OFF).
option(TRAJECT_PCH "Precompile the common Qt and Catch2 headers" ON)

set(traject_pch_common
    <QString> <QStringList> <QList> <QHash> <QSet> <QDate> <QDateTime> <QVariant>
    <QCoreApplication> <optional> <vector> <algorithm> <functional> <memory>)
# Qt SQL is private to core (ui never sees a query), so only core and its tests get its headers.
set(traject_pch_core ${traject_pch_common} <QSqlQuery> <QSqlError> <QSqlDatabase>)

set(traject_pch_ui ${traject_pch_common}
    <QWidget> <QDialog> <QVBoxLayout> <QHBoxLayout> <QFormLayout> <QPushButton> <QLabel>
    <QComboBox> <QLineEdit> <QDateEdit> <QTableView> <QHeaderView> <QAbstractTableModel>
    <QDialogButtonBox> <QMessageBox> <QCheckBox> <QPlainTextEdit>)

# traject_precompile(target core|ui|test-core|test-ui)
function(traject_precompile target kind)
    if(NOT TRAJECT_PCH)
        return()
    endif()
    if(kind STREQUAL "core")
        set(headers ${traject_pch_core})
    elseif(kind STREQUAL "ui")
        set(headers ${traject_pch_ui})
    elseif(kind STREQUAL "test-core")
        set(headers ${traject_pch_core} <QTemporaryDir> <QFile> <QDir> <catch2/catch.hpp>)
    elseif(kind STREQUAL "test-ui")
        set(headers ${traject_pch_ui} <QTemporaryDir> <QFile> <QDir> <QTest> <QUndoStack>
                    <QAbstractItemModelTester> <catch2/catch.hpp>)
    else()
        message(FATAL_ERROR "traject_precompile: unknown kind ${kind}")
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
