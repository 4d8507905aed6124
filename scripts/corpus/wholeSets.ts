/**
 * Whole public localized doc repositories, at fixed commits of their bilingual (`live-sxs`)
 * branches: the corpus the whole-set bench imports and builds. Too large for this repository
 * (about 2,200 Markdown files), they are fetched by `npm run corpus -- fetch` into a folder of
 * their own. Microsoft Docs content: ASP.NET Core is CC BY 4.0; EF Core and NuGet are under the
 * MIT License at these commits (code under LICENSE-CODE). © Microsoft Corporation and the .NET
 * Foundation; taken unchanged.
 */
export interface WholeSet {
  /** The set's folder under docs/ once imported (`import --into`). */
  product: string;
  locale: string;
  repo: string;
  branch: string;
  commit: string;
  licence: string;
  /** `import --learn-url`: where the set's DocFX root is published. */
  learnUrl: string;
}

export const WHOLE_SETS: readonly WholeSet[] = [
  {
    product: 'aspnetcore',
    locale: 'zh-TW',
    repo: 'a0987098987/AspNetCore.Docs.zh-tw',
    branch: 'live-sxs',
    commit: 'c10e200a66c4733cd046ce59318350c34150db5f',
    licence: 'CC BY 4.0',
    learnUrl: 'aspnetcore=https://learn.microsoft.com/aspnet/core/',
  },
  {
    product: 'ef-core',
    locale: 'zh-TW',
    repo: 'zamhsu/EntityFramework.Docs.zh-tw',
    branch: 'live-sxs',
    commit: '6ca1a6ecee5a3e36274bd57768f0b1aabe412cae',
    licence: 'MIT',
    learnUrl: 'entity-framework=https://learn.microsoft.com/ef/',
  },
  {
    product: 'ef-core',
    locale: 'ja-JP',
    repo: 'tkanimori/EntityFramework.Docs.ja-jp',
    branch: 'live-sxs',
    commit: '4db0cd17cb07e19c87581f7ffc45c2b390ee9fe7',
    licence: 'MIT',
    learnUrl: 'entity-framework=https://learn.microsoft.com/ef/',
  },
  {
    product: 'nuget',
    locale: 'zh-TW',
    repo: 'NuGet/docs.microsoft.com-nuget.zh-tw',
    branch: 'live-sxs',
    commit: '681751e2c14ffcbbfdd648558fdccbb981880ef0',
    licence: 'MIT',
    learnUrl: 'docs=https://learn.microsoft.com/nuget/',
  },
  {
    product: 'nuget',
    locale: 'pt-BR',
    repo: 'NuGet/docs.microsoft.com-nuget.pt-br',
    branch: 'live-sxs',
    commit: '5d71bad6658c1ba12abec9379614a4d840e99b3e',
    licence: 'MIT',
    learnUrl: 'docs=https://learn.microsoft.com/nuget/',
  },
  {
    product: 'nuget',
    locale: 'ja-JP',
    repo: 'NuGet/docs.microsoft.com-nuget.ja-jp',
    branch: 'live-sxs',
    commit: 'ca0568c66900e0452be12002e344cc5f932f8642',
    licence: 'MIT',
    learnUrl: 'docs=https://learn.microsoft.com/nuget/',
  },
];
