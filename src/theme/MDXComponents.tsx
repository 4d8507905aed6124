import MDXComponents from '@theme-original/MDXComponents';
import DocfxTabs, {DocfxTab, DocfxTabLabel} from '@site/src/components/DocfxTabs';
import DocfxVideo from '@site/src/components/DocfxVideo';
import EnglishDrift from '@site/src/components/EnglishDrift';
import ImageDescription from '@site/src/components/ImageDescription';
import ZonePicker from '@site/src/components/ZonePicker';
import MissingContent from '@site/src/components/MissingContent';
import MonikerPicker from '@site/src/components/Moniker/MonikerPicker';
import PageError from '@site/src/components/PageError';

/** Components our remark plugins emit as JSX. */
export default {
  ...MDXComponents,
  MonikerPicker,
  EnglishDrift,
  MissingContent,
  PageError,
  DocfxVideo,
  DocfxTabs,
  DocfxTab,
  DocfxTabLabel,
  ImageDescription,
  ZonePicker,
};
