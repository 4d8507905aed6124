/** An XLIFF 1.2 file of websockets.md for zh-TW, as translate-toolkit and older CAT tools write it; targets are written as given (XML). */
export function xliff12(units: ReadonlyArray<{id: string; english: string; target: string; state: string}>): string {
  const body = units
    .map(
      (u) => `      <trans-unit id="${u.id}">
        <source>${u.english}</source>
        <target state="${u.state}">${u.target}</target>
      </trans-unit>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="websockets.md" source-language="en" target-language="zh-TW" datatype="plaintext">
    <body>
${body}
    </body>
  </file>
</xliff>
`;
}
