# One INTERFACE target carries the compile settings every project target shares.
add_library(sdoc_options INTERFACE)
target_compile_features(sdoc_options INTERFACE cxx_std_20)
target_compile_definitions(sdoc_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SDOC_VERSION="${PROJECT_VERSION}"
)
target_compile_options(sdoc_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wold-style-cast -Wcast-align -Wformat=2
)
if(SDOC_WARNINGS_AS_ERRORS)
    target_compile_options(sdoc_options INTERFACE -Werror)
endif()

option(SDOC_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(SDOC_SANITIZE)
    target_compile_options(sdoc_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(sdoc_options INTERFACE -fsanitize=address,undefined)
    # Tests that measure memory or CPU time scale or skip those checks (ASan's quarantine
    # keeps freed memory resident; everything runs 2-5 times slower).
    target_compile_definitions(sdoc_options INTERFACE SDOC_SANITIZE=1)
endif()
