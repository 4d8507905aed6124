import MDXComponents from '@theme-original/MDXComponents';
import EnglishDrift from '@site/src/components/EnglishDrift';
import MissingContent from '@site/src/components/MissingContent';
import MonikerPicker from '@site/src/components/Moniker/MonikerPicker';

/** Components our remark plugins emit as JSX. */
export default {
  ...MDXComponents,
  MonikerPicker,
  EnglishDrift,
  MissingContent,
};
