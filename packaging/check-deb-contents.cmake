# ctest packaging_deb_contents: builds the .deb from the build tree (cpack -G DEB) and checks that
# its file list holds what issue 6 asks for. Usage: cmake -DBINARY_DIR=… -DAPP_ID=… -P this-file
find_program(DPKG_DEB dpkg-deb REQUIRED)
set(out_dir ${BINARY_DIR}/packaging/deb-check)
file(REMOVE_RECURSE ${out_dir})
execute_process(COMMAND ${CMAKE_CPACK_COMMAND} -G DEB -B ${out_dir} --config ${BINARY_DIR}/CPackConfig.cmake
                WORKING_DIRECTORY ${BINARY_DIR} RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack -G DEB failed (${rc}):\n${log}")
endif()
file(GLOB debs ${out_dir}/elbdesk_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one elbdesk_*.deb in ${out_dir}, found ${count}:\n${log}")
endif()
execute_process(COMMAND ${DPKG_DEB} --contents ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
execute_process(COMMAND ${DPKG_DEB} --field ${debs} Depends Recommends OUTPUT_VARIABLE fields)
set(expected
    ./usr/bin/elbdesk ./usr/bin/elbdesk-cli ./usr/bin/elbdesk-emulator
    ./usr/share/applications/${APP_ID}.desktop ./usr/share/metainfo/${APP_ID}.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg)
foreach(size 16 22 24 32 48 64 128 256 512)
    list(APPEND expected ./usr/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
list(APPEND expected
    ./usr/share/man/man1/elbdesk.1.gz ./usr/share/man/man1/elbdesk-cli.1.gz
    ./usr/share/man/man1/elbdesk-emulator.1.gz
    ./usr/share/doc/elbdesk/copyright ./usr/share/doc/elbdesk/changelog.gz)
set(missing)
foreach(path IN LISTS expected)
    string(REPLACE "." "\\." pattern "${path}")
    if(NOT contents MATCHES " ${pattern}\n")
        list(APPEND missing ${path})
    endif()
endforeach()
# What dpkg-shlibdeps cannot see must still be declared (QtKeychain dlopens libsecret; Qt plugins).
foreach(dep libsecret-1-0 qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 libqt6core6 "gnome-keyring | kwalletmanager")
    string(FIND "${fields}" "${dep}" at)
    if(at EQUAL -1)
        list(APPEND missing "dependency ${dep}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "the .deb lacks: ${missing}\ncontents:\n${contents}\nfields:\n${fields}")
endif()
message(STATUS "${debs}: ${count} package with every expected file and dependency")
