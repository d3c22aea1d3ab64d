using System.Resources;

// The neutral resources are Chinese: zh-CN is the default UI language; English lives in the *.en.resx files.
[assembly: NeutralResourcesLanguage("zh-CN")]
