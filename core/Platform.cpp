// SPDX-License-Identifier: GPL-3.0-or-later
#include "Platform.h"

#include <sys/stat.h>

namespace traject::platform {

void restrictNewFilesToOwner()
{
    ::umask(S_IRWXG | S_IRWXO);
}

} // namespace traject::platform
