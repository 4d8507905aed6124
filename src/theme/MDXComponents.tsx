import MDXComponents from '@theme-original/MDXComponents';
import MonikerPicker from '@site/src/components/Moniker/MonikerPicker';

/** Components our remark plugins emit as JSX. */
export default {
  ...MDXComponents,
  MonikerPicker,
};
