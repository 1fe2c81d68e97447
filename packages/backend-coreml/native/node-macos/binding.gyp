{
  "targets": [
    {
      "target_name": "kindling_coreml",
      "sources": ["coreml_host.mm"],
      "conditions": [
        ["OS=='mac'", {
          "xcode_settings": {
            "CLANG_ENABLE_OBJC_ARC": "YES",
            "CLANG_CXX_LANGUAGE_STANDARD": "c++17",
            "MACOSX_DEPLOYMENT_TARGET": "12.0",
            "OTHER_CFLAGS": ["-fobjc-arc"]
          },
          "link_settings": {
            "libraries": ["-framework CoreML", "-framework Foundation"]
          }
        }]
      ]
    }
  ]
}
