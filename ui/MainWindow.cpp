// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

namespace traject {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
}

} // namespace traject
